using System.Text;
using Assistant.Interviews;
using Assistant.Interviews.Loading;
using Assistant.TestSupport;

namespace Assistant.Interviews.Tests.Support;

/// <summary>
/// A small valid tree over the repository's real passages, as YAML text, so each validator test
/// can break exactly one thing in it and see exactly that problem reported.
/// </summary>
internal static class TestTree
{
    public const string Id = "test-tre";

    public const string Yaml = """
        id: test-tre
        title: Testveiledning
        role: helse
        description: En liten veiledning for tester.
        triggers:
          - testord for veiledning
        start: trussel
        nodes:
          trussel:
            question: Er det fare for alvorlig skade på person?
            why: Plikten til å varsle gjelder når det er nødvendig for å avverge alvorlig skade.
            cites: [psykisk-helse/11.2/1]
            options:
              - answer: Ja
                next: hvor-sannsynlig
              - answer: Nei
                next: ingen-grunnlag
              - answer: Usikker / vet ikke
                unsure: true
                next: avklar-fare
          hvor-sannsynlig:
            question: Er det svært sannsynlig at skaden skjer?
            why: Plikten etter § 31 krever større sannsynlighet enn retten etter § 23 nr. 4.
            cites: [psykisk-helse/11.2/2]
            options:
              - answer: Ja, svært sannsynlig
                next: plikt-varsle
              - answer: Nei, men mulig
                next: rett-varsle
              - answer: Vet ikke
                unsure: true
                next: avklar-fare
          plikt-varsle:
            outcome:
              verdict: plikt
              headline: Du skal varsle politiet.
              basis: [helsepersonelloven § 31]
              steps: [Ring politiet., Journalfør varselet.]
              caveats: [Gi bare de opplysningene som trengs.]
              cites: [psykisk-helse/11.2/1]
              askWhom: Spør nærmeste leder om du er i tvil.
              journal: |-
                [Dato]: Politiet ble varslet, jf. helsepersonelloven § 31.
              checklist:
                - Hva som er gitt videre, og til hvem
          rett-varsle:
            outcome:
              verdict: rett
              headline: Du kan gi opplysninger, men må ikke.
              basis: [helsepersonelloven § 23 nr. 4]
              steps: [Vurder om interessene veier tyngre enn taushetsplikten.]
              caveats: []
              cites: [psykisk-helse/11.2/2]
              askWhom: Spør nærmeste leder om du er i tvil.
          ingen-grunnlag:
            outcome:
              verdict: ikke-adgang
              headline: Du har ikke adgang til å gi opplysningene på dette grunnlaget.
              basis: [helsepersonelloven § 31]
              steps: [Hold opplysningene for deg selv.]
              cites: [psykisk-helse/11.2/1]
              askWhom: Spør nærmeste leder om du er i tvil.
          avklar-fare:
            outcome:
              verdict: avklar
              headline: Avklar først hvor stor faren er.
              basis: []
              steps: [Snakk med en kollega.]
              cites: [psykisk-helse/11.2/1]
              askWhom: Spør nærmeste leder.
        """;

    public static (string FileId, byte[] Content) File(string yaml = Yaml, string fileId = Id) => (fileId, Encoding.UTF8.GetBytes(yaml));

    /// <summary>The test tree with one text replaced; the replaced text must occur exactly once.</summary>
    public static string With(string oldText, string newText)
    {
        Assert.Equal(1, CountOf(Yaml, oldText));
        return Yaml.Replace(oldText, newText, StringComparison.Ordinal);
    }

    public static IReadOnlyList<string> Problems(string yaml) =>
        InterviewTreeLoader.Read([File(yaml)], RepositoryKnowledge.Knowledge).Problems;

    public static InterviewCatalog Catalog(string yaml = Yaml) => InterviewTreeLoader.Load([File(yaml)], RepositoryKnowledge.Knowledge);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
