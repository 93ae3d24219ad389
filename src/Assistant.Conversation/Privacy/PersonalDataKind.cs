namespace Assistant.Conversation.Privacy;

/// <summary>Kinds of personal data the assistant never needs and never keeps.</summary>
public enum PersonalDataKind
{
    /// <summary>Norwegian national identity number (fødselsnummer), 11 digits with valid control digits.</summary>
    NationalIdentityNumber,

    /// <summary>D-number: a national identity number for people without one, first digit plus 4.</summary>
    DNumber,

    /// <summary>A Norwegian telephone number.</summary>
    PhoneNumber,

    /// <summary>An e-mail address.</summary>
    EmailAddress,
}
