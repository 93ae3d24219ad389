namespace Assistant.Conversation.Interviews;

/// <summary>The fixed bokmål sentences of the guided interviews, in one place.</summary>
internal static class InterviewTexts
{
    public const string QuestionHint = "Svar med et tall, med ordene i svaret eller med en knapp. Du kan også skrive «hvorfor?», «tilbake», «mine svar» eller «avbryt».";

    public const string ResumeHint = "Du er fortsatt midt i veiledningen. Svar på spørsmålet over når du er klar, eller skriv «avbryt» for å avslutte.";

    public const string WhyTitle = "Hvorfor spør jeg om dette?";

    public const string NotUnderstood = "Jeg forstod ikke svaret. Velg et av alternativene, skriv tallet foran det, eller skriv «hvorfor?» om du lurer på hvorfor jeg spør.";

    public const string StaleClick = "Den knappen hører til et tidligere spørsmål, så jeg har ikke brukt den. Her er spørsmålet vi er på nå:";

    public const string StaleClickNoInterview = "Den knappen hører til en veiledning som ikke lenger er i gang, så jeg har ikke brukt den.";

    public const string NoInterview = "Du er ikke i en veiledning nå. Velg en veiledning, eller still et spørsmål med egne ord.";

    public const string UnknownTree = "Jeg finner ingen veiledning med det navnet. Velg en fra menyen:";

    public const string Restarted = "Vi begynner på nytt. De tidligere svarene er slettet.";

    public const string AtFirstQuestion = "Du er allerede ved det første spørsmålet.";

    public const string Left = "Veiledningen er avsluttet, og svarene dine er slettet. Still gjerne et spørsmål med egne ord, eller velg en ny veiledning.";

    public const string NoAnswersYet = "Du har ikke svart på noe ennå.";

    public const string MyAnswersLead = "Dine svar så langt. Velg «Endre» for å endre et svar; svarene etter det blir sjekket på nytt.";

    public const string OwnAssessment = "Vurderingen i den konkrete saken er din egen.";

    public const string Useful = "Var dette nyttig?";

    public const string FeedbackThanks = "Takk! Tilbakemeldingen er registrert som en anonym telling.";

    public const string JournalTitle = "Journalnotat (utkast)";

    public const string JournalLead = "Kopier teksten og fyll inn det som står i [klammer]. Skriv ikke mer om pasienten enn det som er nødvendig.";

    public const string ChecklistTitle = "Sjekkliste";

    public const string NoJournal = "Det finnes ikke noe journalnotat for dette svaret.";

    public const string NoChecklist = "Det finnes ingen sjekkliste for dette svaret.";

    public const string ChecklistLead = "Dette må anmodningen eller skjemaet inneholde:";

    public const string MenuLead = "Jeg kan veilede deg trinn for trinn med noen korte spørsmål. Hvem er du?";

    public const string RoleMenuLead = "Velg hva du trenger hjelp til:";

    public const string OfferOne = "Jeg har en veiledning som passer til dette. Vil du at jeg stiller deg noen korte spørsmål?";

    public const string OfferMany = "Flere veiledninger kan passe. Hvilken vil du bruke?";

    public const string OfferAfterAnswer = "Vil du heller bli veiledet trinn for trinn? Velg veiledningen nedenfor.";

    public static readonly string[] Commands =
    [
        "«meny»: velg en veiledning",
        "«start <navn>»: start en veiledning direkte, f.eks. «start ambulanse»",
        "«tilbake»: gå ett spørsmål tilbake",
        "«start på nytt»: begynn veiledningen på nytt",
        "«hvorfor?»: hvorfor jeg spør om dette, med kilde",
        "«mine svar» og «endre 2»: se og endre svarene dine",
        "«avbryt»: avslutt veiledningen",
        "«fortsett»: fortsett der du var etter et fritt spørsmål",
    ];

    public static string BackTo(string previousAnswer) => $"Vi gikk ett spørsmål tilbake. Du hadde svart «{previousAnswer}».";

    public static string Changing(string previousAnswer) => $"Du svarte «{previousAnswer}». Velg et nytt svar:";

    public static string Changed(int kept, int dropped) => (kept, dropped) switch
    {
        (_, 0) when kept == 0 => "Svaret er endret.",
        (_, 0) => $"Svaret er endret. De senere svarene gjelder fortsatt og er beholdt ({kept}).",
        (0, _) => $"Svaret er endret. {dropped} senere svar gjaldt spørsmål som ikke lenger er aktuelle, og er fjernet.",
        _ => $"Svaret er endret. {kept} senere svar er beholdt; {dropped} gjaldt spørsmål som ikke lenger er aktuelle, og er fjernet.",
    };

    public static string NoSuchAnswer(int number) => $"Det finnes ikke noe svar nummer {number}.";

    public static string VersionChanged(string? title) =>
        $"Veiledningen{(title is null ? "" : $" «{title}»")} er endret siden du startet, så svarene dine kan ikke brukes videre. Vil du starte på nytt?";

    public static string QuestionTitle(string treeTitle, int number) => $"{treeTitle}, spørsmål {number}";
}
