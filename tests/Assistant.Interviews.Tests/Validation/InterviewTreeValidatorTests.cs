using Assistant.Interviews.Tests.Support;

namespace Assistant.Interviews.Tests.Validation;

public class InterviewTreeValidatorTests
{
    [Fact]
    public void Validate_TestTree_HasNoProblems()
    {
        Assert.Empty(TestTree.Problems(TestTree.Yaml));
    }

    [Theory]
    [InlineData("start: trussel", "start: finnes-ikke", "start 'finnes-ikke' names no node")]
    [InlineData("next: rett-varsle", "next: finnes-ikke", "leads to 'finnes-ikke', which is no node")]
    [InlineData("cites: [psykisk-helse/11.2/2]\n    options", "cites: [psykisk-helse/99.9/1]\n    options", "cites 'psykisk-helse/99.9/1', which is no passage id")]
    [InlineData("basis: [helsepersonelloven § 23 nr. 4]", "basis: [helsepersonelloven § 22]", "basis 'helsepersonelloven § 22' does not occur in the cited passages")]
    [InlineData("basis: [helsepersonelloven § 23 nr. 4]", "basis: [§ 23 nr. 4]", "basis '§ 23 nr. 4' is not a recognised law reference")]
    [InlineData("basis: [helsepersonelloven § 23 nr. 4]", "basis: [tungtveiende interesser]", "is not a recognised law reference")]
    [InlineData("basis: [helsepersonelloven § 23 nr. 4]", "basis: []", "basis may be empty only for veiledning, avklar and ikke-adgang")]
    [InlineData("verdict: rett", "verdict: kanskje", "verdict 'kanskje' is not one of")]
    [InlineData("role: helse", "role: lege", "role 'lege' is not one of helse, politi, annet")]
    [InlineData("id: test-tre", "id: annet-navn", "id 'annet-navn' differs from the file name")]
    [InlineData("title: Testveiledning", "title: ''", "'title' is empty")]
    [InlineData("  - testord for veiledning", "  - Testord", "trigger 'Testord' is not a non-empty lowercase phrase")]
    [InlineData("[Dato]: Politiet ble varslet", "Politiet ble varslet", "journal has no [placeholder]")]
    [InlineData("  - Hva som er gitt videre, og til hvem", "  - Ring 22334455 og spør", "looks like personal data")]
    [InlineData("askWhom: Spør nærmeste leder.", "askWhom: ''", "'askWhom' is empty")]
    public void Validate_OneRuleBroken_ReportsThatProblem(string oldText, string newText, string expected)
    {
        var problems = TestTree.Problems(TestTree.With(oldText, newText));

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_IkkeAdgangWithoutBasis_IsAccepted()
    {
        var yaml = TestTree.With("verdict: rett", "verdict: ikke-adgang")
            .Replace("basis: [helsepersonelloven § 23 nr. 4]", "basis: []", StringComparison.Ordinal);
        Assert.DoesNotContain("§ 23 nr. 4]", yaml, StringComparison.Ordinal);

        Assert.DoesNotContain(TestTree.Problems(yaml), p => p.Contains("basis", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OutcomeWithoutCites_IsReported()
    {
        var yaml = TestTree.With("cites: [psykisk-helse/11.2/2]\n      askWhom", "cites: []\n      askWhom");

        Assert.Contains(TestTree.Problems(yaml), p => p.Contains("node 'rett-varsle': an outcome must cite at least one passage", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_QuestionWithOneOption_IsReported()
    {
        var yaml = TestTree.With(
            "      - answer: Ja, svært sannsynlig\n        next: plikt-varsle\n      - answer: Nei, men mulig\n        next: rett-varsle\n",
            "");

        var problems = TestTree.Problems(yaml);

        Assert.Contains(problems, p => p.Contains("node 'hvor-sannsynlig': a question needs at least two options, it has 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoUnsureOption_IsReported()
    {
        var yaml = TestTree.With("      - answer: Vet ikke\n        unsure: true\n", "      - answer: Vet ikke\n");

        Assert.Contains(TestTree.Problems(yaml), p => p.Contains("node 'hvor-sannsynlig': a question needs exactly one option with unsure: true, it has 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TwoUnsureOptions_IsReported()
    {
        var yaml = TestTree.With("      - answer: Nei, men mulig\n", "      - answer: Nei, men mulig\n        unsure: true\n");

        Assert.Contains(TestTree.Problems(yaml), p => p.Contains("exactly one option with unsure: true, it has 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnreachableNode_IsReported()
    {
        var yaml = TestTree.Yaml + "\n  ekstra:\n    outcome:\n      verdict: avklar\n      headline: Ekstra.\n      cites: [psykisk-helse/11.2/1]\n      askWhom: Leder.\n";

        Assert.Contains(TestTree.Problems(yaml), p => p.Contains("node 'ekstra' cannot be reached from start", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Cycle_IsReported()
    {
        var yaml = TestTree.With("next: rett-varsle", "next: trussel");

        Assert.Contains(TestTree.Problems(yaml), p => p.Contains("there is a cycle through node 'trussel'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnsureBranchThroughAQuestionWithADeadEnd_IsReported()
    {
        // The unsure option leads to a question whose option names no node: that branch does not end in an outcome.
        var yaml = TestTree.With("        unsure: true\n        next: avklar-fare\n  hvor", "        unsure: true\n        next: hvor-sannsynlig\n  hvor")
            .Replace("next: rett-varsle", "next: mangler", StringComparison.Ordinal);

        var problems = TestTree.Problems(yaml);

        Assert.Contains(problems, p => p.Contains("node 'trussel': the unsure option does not lead only to outcomes", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NodeThatIsBothQuestionAndOutcome_IsReported()
    {
        var yaml = TestTree.With("  avklar-fare:\n    outcome:", "  avklar-fare:\n    question: Hva nå?\n    outcome:");

        Assert.Contains(TestTree.Problems(yaml), p => p.Contains("node 'avklar-fare' is both a question and an outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownKey_IsReportedAsAProblemNotAnException()
    {
        var yaml = TestTree.With("askWhom: Spør nærmeste leder.", "askwhom: Spør nærmeste leder.");

        Assert.Contains(TestTree.Problems(yaml), p => p.Contains("test-tre: not a valid tree file", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllOfThem()
    {
        var yaml = TestTree.With("start: trussel", "start: finnes-ikke").Replace("verdict: rett", "verdict: kanskje", StringComparison.Ordinal);

        Assert.True(TestTree.Problems(yaml).Count >= 2);
    }
}
