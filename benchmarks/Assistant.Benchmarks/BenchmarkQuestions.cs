namespace Assistant.Benchmarks;

/// <summary>
/// A fixed mix of questions like the ones users ask, written for the benchmarks and kept apart
/// from <c>knowledge/eval/</c> so that tuning for the gold sets cannot flatter the latency figures.
/// It covers every source, short and long questions, typos, a legal reference, English and one
/// question the sources do not cover (the "not covered" path costs a search too).
/// </summary>
internal static class BenchmarkQuestions
{
    public static IReadOnlyList<string> All { get; } =
    [
        // Taushetsplikt and opplysningsplikt towards the police.
        "Kan legevakten gi opplysninger om en pasient til politiet uten samtykke?",
        "Når må helsepersonell varsle politiet for å avverge alvorlig skade på noen?",
        "hpl § 23 nr. 4",
        "Hvilke opplysninger kan helsetjenesten få fra politiet før et hjemmebesøk hos en voldelig pasient?",
        "taushetsplikt for helsepersonel overfor politiet",
        // Politibistand to the health service.
        "Hva skal en bistandsanmodning til politiet inneholde?",
        "Kan politiet bruke makt når de hjelper helsetjenesten med å hente en psykisk syk person?",
        "Hvem dekker utgiftene når politiet bistår ved tvangsinnleggelse?",
        "tvangsinleggelse bistand fra politiet uten legeundersøkelse",
        // TPH, TO and TUD.
        "Når kan politiet begjære tvungen legeundersøkelse?",
        "forskjell på TO og TPH",
        "Må politiet dokumentere at de har brakt en person til TUD?",
        // Ambulance resources and PLIVO.
        "Kan politiet rekvirere ambulansehelikopter til søk etter savnede?",
        "kan politet bruke ambulanse båt i et oppdrag",
        "Hvordan samarbeider politi og ambulanse ved pågående livstruende vold (PLIVO)?",
        // Children, young people and drugs.
        "Politiet finner en full 14-åring ute om natta, hva gjør de?",
        "Skal foreldrene få beskjed når ungdom blir tatt med hasj?",
        "Hva er en bekymringssamtale og hvem deltar?",
        // English, and a question the sources do not answer.
        "Can the police share information about a psychiatric patient with the hospital?",
        "Hvor mye koster det å parkere ved sykehuset?",
    ];
}
