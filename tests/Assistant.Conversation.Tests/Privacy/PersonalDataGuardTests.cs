using Assistant.Conversation.Privacy;
using Assistant.TestSupport;

namespace Assistant.Conversation.Tests.Privacy;

public class PersonalDataGuardTests
{
    public static TheoryData<string> NationalNumbers => new(IdentityNumbers.Valid(seed: 7, count: 25));

    public static TheoryData<string> DNumbers => new(IdentityNumbers.Valid(seed: 11, count: 10, dNumber: true));

    [Theory]
    [MemberData(nameof(NationalNumbers))]
    public void Screen_ValidNationalIdentityNumber_IsFoundAndRemoved(string number)
    {
        var screened = PersonalDataGuard.Screen($"Pasienten med fnr {number} truer naboen.");

        Assert.Equal([PersonalDataKind.NationalIdentityNumber], screened.Found);
        Assert.DoesNotContain(number, screened.Text, StringComparison.Ordinal);
        Assert.Equal("Pasienten med fnr [fødselsnummer] truer naboen.", screened.Text);
    }

    [Theory]
    [MemberData(nameof(DNumbers))]
    public void Screen_ValidDNumber_IsFoundAsADNumber(string number)
    {
        Assert.Equal([PersonalDataKind.DNumber], PersonalDataGuard.Screen(number).Found);
    }

    [Theory]
    [MemberData(nameof(NationalNumbers))]
    public void Screen_NumberWrittenWithASpace_IsFoundToo(string number)
    {
        var spaced = number[..6] + " " + number[6..];

        Assert.DoesNotContain(spaced, PersonalDataGuard.Screen($"fnr: {spaced}").Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NationalNumbers))]
    public void Find_ElevenDigitsWithWrongControlDigit_IsNotAnIdentityNumber(string number)
    {
        Assert.DoesNotContain(
            PersonalDataGuard.Find(IdentityNumbers.WithWrongControlDigit(number)),
            f => f.Kind is PersonalDataKind.NationalIdentityNumber or PersonalDataKind.DNumber);
    }

    [Theory]
    [InlineData("ring meg på 912 34 567", "912 34 567")]
    [InlineData("tlf +47 22 33 44 55 i dag", "+47 22 33 44 55")]
    [InlineData("nummeret er 41234567.", "41234567")]
    public void Screen_PhoneNumber_IsRemoved(string text, string phone)
    {
        var screened = PersonalDataGuard.Screen(text);

        Assert.Equal([PersonalDataKind.PhoneNumber], screened.Found);
        Assert.DoesNotContain(phone, screened.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_EmailAddress_IsRemoved()
    {
        var screened = PersonalDataGuard.Screen("send til ola.nordmann@example.no takk");

        Assert.Equal([PersonalDataKind.EmailAddress], screened.Found);
        Assert.Equal("send til [e-postadresse] takk", screened.Text);
    }

    [Theory]
    [InlineData("hpl § 23 nr. 4 og phvl § 3-6")]
    [InlineData("rundskriv IS-5/2012 fra 2023")]
    [InlineData("kan jeg si fra til politiet?")]
    public void Screen_OrdinaryQuestion_IsLeftAlone(string text)
    {
        var screened = PersonalDataGuard.Screen(text);

        Assert.False(screened.HadPersonalData);
        Assert.Equal(text, screened.Text);
    }
}
