using System.Text;
using Assistant.Interviews.Loading;
using Assistant.Interviews.Model;
using Assistant.Interviews.Tests.Support;
using Assistant.Knowledge.Loading;
using Assistant.TestSupport;

namespace Assistant.Interviews.Tests.Loading;

public class InterviewTreeLoaderTests
{
    [Fact]
    public void Load_TestTree_ReadsEveryField()
    {
        var tree = Assert.Single(TestTree.Catalog().Trees);

        Assert.Equal((TestTree.Id, "Testveiledning", InterviewRole.Helse, "trussel"), (tree.Id, tree.Title, tree.Role, tree.Start));
        var question = Assert.IsType<QuestionNode>(tree.StartNode);
        Assert.Equal(["Ja", "Nei", "Usikker / vet ikke"], question.Options.Select(o => o.Answer));
        Assert.True(question.Options[2].Unsure);
        var outcome = Assert.IsType<OutcomeNode>(tree.Nodes["plikt-varsle"]).Outcome;
        Assert.Equal(Verdict.Plikt, outcome.Verdict);
        Assert.Equal(["helsepersonelloven § 31"], outcome.Basis);
        Assert.Equal(["Ring politiet.", "Journalfør varselet."], outcome.Steps);
        Assert.StartsWith("[Dato]", outcome.Journal, StringComparison.Ordinal);
        Assert.Single(outcome.Checklist);
        Assert.Null(Assert.IsType<OutcomeNode>(tree.Nodes["rett-varsle"]).Outcome.Journal);
    }

    [Fact]
    public void Load_Version_IsAShortHashOfTheBytesAndChangesWithThem()
    {
        var first = TestTree.Catalog().Trees[0].Version;
        var second = TestTree.Catalog(TestTree.Yaml + "\n# endret\n").Trees[0].Version;

        Assert.Matches("^[0-9a-f]{12}$", first);
        Assert.Equal(first, InterviewTreeParser.Version(Encoding.UTF8.GetBytes(TestTree.Yaml)));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Load_InvalidTree_ThrowsListingEveryProblem()
    {
        var yaml = TestTree.With("start: trussel", "start: finnes-ikke").Replace("verdict: rett", "verdict: kanskje", StringComparison.Ordinal);

        var error = Assert.Throws<KnowledgeException>(() => TestTree.Catalog(yaml));

        Assert.Contains("start 'finnes-ikke'", error.Message, StringComparison.Ordinal);
        Assert.Contains("verdict 'kanskje'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutTrees_IsAnEmptyCatalog()
    {
        var root = Directory.CreateTempSubdirectory("no-trees-").FullName;
        try
        {
            Assert.Empty(InterviewTreeLoader.Load(root, RepositoryKnowledge.Knowledge).Trees);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("plikt", Verdict.Plikt, "Plikt")]
    [InlineData("rett", Verdict.Rett, "Rett, men ikke plikt")]
    [InlineData("ikke-adgang", Verdict.IkkeAdgang, "Ikke adgang")]
    [InlineData("vurderes", Verdict.Vurderes, "Må vurderes konkret")]
    [InlineData("veiledning", Verdict.Veiledning, "Slik gjør du")]
    [InlineData("avklar", Verdict.Avklar, "Avklar først")]
    public void VerdictNames_EveryVerdict_ReadsAndShowsAsTheReadmeSays(string name, Verdict verdict, string display)
    {
        Assert.True(VerdictNames.TryParse(name, out var parsed));
        Assert.Equal(verdict, parsed);
        Assert.Equal(display, VerdictNames.Display(verdict));
    }
}
