namespace Assistant.Conversation;

/// <summary>The assistant's fixed sentences, in bokmål, in one place.</summary>
internal static class ConversationTexts
{
    public const string WelcomeLead =
        "Hei! Jeg er en veileder om taushetsplikt og samarbeid mellom helsetjenesten og politiet. "
        + "Jeg svarer med ordrett sitat fra rundskrivene og retningslinjene, med henvisning til dokument og punkt.";

    public const string PrivacyWarning =
        "Ikke skriv personopplysninger om pasienter eller andre (navn, fødselsnummer, telefonnummer, e-post). Jeg trenger dem ikke.";

    public const string AnswerLeadOne = "Dette avsnittet i kildene svarer best på spørsmålet ditt:";

    public const string AnswerLeadMany = "Dette er avsnittene i kildene som best svarer på spørsmålet ditt:";

    public const string AnswerFooter =
        "Sitatene er ordrett fra kildene. Vurderingen i den konkrete saken er din egen; spør nærmeste leder eller juridisk rådgiver ved tvil.";

    public const string NotCoveredLead = "Dette dekker ikke kildene jeg bygger på, så jeg kan ikke svare på det. Jeg kan svare på spørsmål om:";

    public const string EmptyLead = "Jeg fant ingen ord å søke etter. Skriv gjerne spørsmålet som en hel setning. Jeg kan svare på spørsmål om:";

    public const string ApologyLead = "Beklager, noe gikk galt hos meg. Prøv igjen om litt; svarene dine er ikke lagret noe sted.";

    public static string TooLongLead(int limit) => $"Meldingen er for lang ({limit} tegn er grensen). Skriv spørsmålet kortere, gjerne med de viktigste ordene.";

    public static string PersonalDataNotice(IEnumerable<string> kinds) =>
        $"Meldingen inneholdt {string.Join(" og ", kinds)}. Det er fjernet og verken lagret eller logget. Ikke skriv personopplysninger; jeg trenger dem ikke for å svare.";

    public static readonly string[] Capabilities =
    [
        "svare på spørsmål om taushetsplikt, opplysningsrett og opplysningsplikt overfor politiet",
        "forklare når helsetjenesten kan be politiet om bistand, og hva anmodningen skal inneholde",
        "finne reglene for politiets bruk av ambulanse, ambulansefly og ambulansehelikopter",
        "forklare forkortelser som TPH, TO, TUD og PLIVO",
    ];

    public static readonly string[] ExampleQuestions =
    [
        "Kan jeg gi opplysninger til politiet uten samtykke?",
        "Hva skal en bistandsanmodning inneholde?",
        "Kan politiet bli med i ambulansehelikopteret?",
    ];
}
