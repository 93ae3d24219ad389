using Assistant.TestSupport;

namespace Assistant.Search.Tests.Querying;

public class PassageSearcherTests
{
    private static IPassageSearch Search => RepositoryKnowledge.Search;

    [Theory]
    [InlineData("Hvem har beslutningsmyndighet for å frigi ambulanseressurser til politiet?", "ambulanse")]
    [InlineData("Hva skal en bistandsanmodning inneholde?", "psykisk-helse:5")]
    [InlineData("Når har helsepersonell opplysningsplikt til politiet etter § 31?", "psykisk-helse:11.2")]
    [InlineData("Hvordan innhenter helsepersonell opplysninger fra politiets register?", "siv-rutine:3.3")]
    [InlineData("bekymringssamtale med ungdom og foreldre", "rus:4.2")]
    public void Search_QuestionTheSourcesAnswer_FindsItsSectionInTheTopThree(string question, string expected)
    {
        var result = Search.Search(question, 3);

        Assert.Equal(SearchOutcome.Answered, result.Outcome);
        Assert.Contains(result.Hits, h => h.Passage.SectionRef.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_SpellingsOfOneLegalReference_FindTheSameBestPassage()
    {
        var best = new[] { "hpl 23 nr 4", "hpl. § 23 nr. 4", "helsepersonelloven § 23 nr. 4" }
            .Select(q => Search.Search(q, 1).Hits.Single().Passage.SectionRef)
            .Distinct()
            .ToArray();

        Assert.Single(best);
    }

    [Fact]
    public void Search_BareParagraphReference_IsSearched()
    {
        Assert.Equal(SearchOutcome.Answered, Search.Search("§ 31").Outcome);
    }

    [Fact]
    public void Search_PhvlReference_FindsAPassageCitingIt()
    {
        var hits = Search.Search("phvl 3-6", 3).Hits;

        Assert.Contains(hits, h => h.Passage.Text.Contains("§ 3-6", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Typo_StillFindsTheSubject()
    {
        var hits = Search.Search("bekymringsamtale med ungdommen", 3).Hits;

        Assert.Contains(hits, h => h.Passage.Citation.DocumentKey == "rus");
    }

    [Theory]
    [InlineData("hvordan klager jeg på en parkeringsbot?")]
    [InlineData("hvor mange feriedager har sykepleiere?")]
    [InlineData("can police officers carry tasers?")]
    public void Search_QuestionTheSourcesDoNotCover_SaysSoAndSuggestsTopics(string question)
    {
        var result = Search.Search(question);

        Assert.Equal(SearchOutcome.NotCovered, result.Outcome);
        Assert.Empty(result.Hits);
        Assert.NotEmpty(result.SuggestedTopics);
    }

    [Fact]
    public void Search_Hit_QuotesThePassageVerbatimAndMarksTheMatchedWords()
    {
        var hit = Search.Search("taushetsplikt overfor politiet", 1).Hits.Single();

        Assert.True(RepositoryKnowledge.Knowledge.TryGetPassage(hit.Passage.Id, out var passage));
        Assert.Equal(passage.Text, hit.Passage.Text);
        Assert.Contains("**", hit.Snippet, StringComparison.Ordinal);
        var unmarked = hit.Snippet.Replace("**", "", StringComparison.Ordinal).Replace("… ", "", StringComparison.Ordinal).Replace(" …", "", StringComparison.Ordinal);
        Assert.Contains(unmarked, System.Text.RegularExpressions.Regex.Replace(passage.Text, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Hits_ComeOnePerSectionBestFirst()
    {
        var hits = Search.Search("politiets bistand ved tvungent psykisk helsevern", 10).Hits;

        Assert.Equal(hits.Count, hits.Select(h => h.Passage.SectionRef).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, hits.Count), hits.Select(h => h.Rank));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Rank), hits.Select(h => h.Rank));
    }

    [Theory]
    [InlineData("", SearchOutcome.Empty)]
    [InlineData("   \t\n ", SearchOutcome.Empty)]
    [InlineData("og det er den", SearchOutcome.Empty)]
    [InlineData("???", SearchOutcome.Empty)]
    [InlineData("😀🚑", SearchOutcome.Empty)]
    [InlineData("2", SearchOutcome.Empty)]
    [InlineData("1.4.1", SearchOutcome.Empty)]
    public void Search_NothingToSearchFor_IsEmptyNotAnError(string question, SearchOutcome expected)
    {
        var result = Search.Search(question);

        Assert.Equal(expected, result.Outcome);
        Assert.NotEmpty(result.SuggestedTopics);
    }

    [Theory]
    [InlineData("våpen?")]
    [InlineData("\"taushetsplikt\" AND (politi OR lege) NOT pasient")]
    [InlineData("* ? \" ( ) : ~ ^ AND OR NOT + - ! [ ] { } / \\")]
    [InlineData("politi\u0000\u0007\u001b[31m taushetsplikt")]
    [InlineData("警察 полиция الشرطة")]
    [InlineData("taushetsplikt 🚓🚑 politiet")]
    public void Search_AnyText_NeverThrowsAndQueryIsJustText(string question)
    {
        var result = Search.Search(question);

        Assert.True(Enum.IsDefined(result.Outcome));
        Assert.DoesNotContain('\u0000', result.Query);
    }

    [Fact]
    public void Search_QuestionMark_DoesNotChangeTheAnswer()
    {
        var plain = Search.Search("våpen", 3).Hits.Select(h => h.Passage.Id);
        var asked = Search.Search("våpen?", 3).Hits.Select(h => h.Passage.Id);

        Assert.Equal(plain, asked);
    }

    [Fact]
    public void Search_HugeQuestion_IsRefusedAsTooLong()
    {
        var result = Search.Search(new string('a', 100_000));

        Assert.Equal(SearchOutcome.TooLong, result.Outcome);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Search_LongButAllowedQuestion_IsAnswered()
    {
        var question = string.Join(' ', Enumerable.Repeat("taushetsplikt politiet opplysninger", 40));

        Assert.Equal(SearchOutcome.Answered, Search.Search(question[..900]).Outcome);
    }

    [Fact]
    public async Task Search_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        string[] questions = ["taushetsplikt", "PLIVO ambulanse", "bistandsanmodning", "hpl § 31", "barn og rus"];
        var expected = questions.Select(q => string.Join(",", Search.Search(q, 5).Hits.Select(h => h.Passage.Id))).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            (i % questions.Length, string.Join(",", Search.Search(questions[i % questions.Length], 5).Hits.Select(h => h.Passage.Id))))));

        Assert.All(results, r => Assert.Equal(expected[r.Item1], r.Item2));
    }

    [Fact]
    public void Search_Top_IsClamped()
    {
        Assert.Single(Search.Search("politi", 0).Hits);
        Assert.True(Search.Search("politi", 1000).Hits.Count <= 50);
    }

    [Fact]
    public void Search_LaterWordsOfAPhrase_AreCoveredByThePhrasesExpansion()
    {
        // "writing" is no word of the sources; "in writing" is, as "skriftlig".
        var result = Search.Search("in writing", 3);

        Assert.Equal(SearchOutcome.Answered, result.Outcome);
        Assert.Equal(1f, result.Coverage, 3);
    }

    [Fact]
    public void Search_EnglishQuestion_WeighsWordsByWhatTheyTranslateTo()
    {
        var result = Search.Search("can nurses restrain a patient outside the hospital?", 3);

        Assert.Equal(SearchOutcome.Answered, result.Outcome);
        Assert.Contains(result.Hits, h => h.Passage.SectionRef.ToString() == "psykisk-helse:2.2");
    }

    [Fact]
    public void Search_UnknownCompoundMatchedOnlyByAPart_CountsAsPartlyCovered()
    {
        // No source names "Helsetilsynet"; many hold "helse".
        var result = Search.Search("Helsetilsynet", 3);

        Assert.InRange(result.Coverage, 0.01f, 0.99f);
    }

    [Fact]
    public void Search_WordsTheBestPassageLacksButTheSourcesUse_CountHalf()
    {
        // "sak" is a word of the sources, though not of the passage on anonymous discussion: the
        // question is within their scope, so the word counts half of what a matched word counts.
        const string Question = "kan vi diskutere en sak med politiet uten å si navnet på pasienten?";
        float CoverageWithCredit(float credit) => SearchEngine
            .Create(RepositoryKnowledge.Knowledge, RepositoryKnowledge.Root, new SearchOptions { KnownWordCredit = credit, MinCoverage = 0 })
            .Search(Question, 3).Coverage;

        var result = Search.Search(Question, 3);
        var none = CoverageWithCredit(0);
        var full = CoverageWithCredit(1);

        Assert.Equal(SearchOutcome.Answered, result.Outcome);
        Assert.InRange(none, 0.01f, full - 0.05f);
        Assert.Equal((none + full) / 2, result.Coverage, 0.001f);
    }

    [Fact]
    public void Search_SubjectTheSourcesNeverName_IsNotCovered()
    {
        var result = Search.Search("kan vi gi opplysninger om pasienten til forsikringsselskapet hans?", 3);

        Assert.Equal(SearchOutcome.NotCovered, result.Outcome);
    }

    [Fact]
    public void Search_EverydayWordsTheSourcesNeverUse_DoNotMakeAQuestionUncovered()
    {
        // No source says "sa" or "nei"; they are in common-words.txt, so they count as ordinary language.
        var result = Search.Search("kommuneoverlegen sa nei til tvungen legeundersøkelse, kan politiet klage på det?", 3);

        Assert.Equal(SearchOutcome.Answered, result.Outcome);
        Assert.Equal("psykisk-helse:7.2", result.Hits[0].Passage.SectionRef.ToString());
    }
}
