using Assistant.Knowledge.Model;
using Assistant.Knowledge.Validation;
using Assistant.TestSupport;

namespace Assistant.Knowledge.Tests.Validation;

public class KnowledgeValidatorTests
{
    [Fact]
    public void Validate_RepositoryKnowledge_HasNoProblems()
    {
        Assert.Empty(KnowledgeValidator.Validate(RepositoryKnowledge.Knowledge));
    }

    [Fact]
    public void Validate_GlossaryCitingAMissingSection_IsReported()
    {
        var knowledge = RepositoryKnowledge.Knowledge;
        var broken = new KnowledgeBase(
            knowledge.Documents,
            new Glossary([new GlossaryEntry("XYZ", "noe", [], false, new SectionRef("psykisk-helse", "99.9"))]));

        Assert.Contains(KnowledgeValidator.Validate(broken), p => p.Contains("psykisk-helse:99.9", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateSectionLabel_IsReported()
    {
        var document = RepositoryKnowledge.Knowledge.Documents[0];
        var duplicated = document with { Sections = [.. document.Sections, document.Sections[^1]] };

        var problems = KnowledgeValidator.Validate(new KnowledgeBase([duplicated], new Glossary([])));

        Assert.Contains(problems, p => p.Contains("not unique", StringComparison.Ordinal));
    }
}
