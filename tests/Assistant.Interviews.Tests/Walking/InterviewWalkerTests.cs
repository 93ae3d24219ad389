using Assistant.Interviews.Model;
using Assistant.Interviews.Tests.Support;
using Assistant.Interviews.Walking;

namespace Assistant.Interviews.Tests.Walking;

public class InterviewWalkerTests
{
    private static readonly InterviewTree Tree = TestTree.Catalog().Trees[0];

    [Fact]
    public void Start_NewSession_IsAtTheStartNodeWithTheTreesVersion()
    {
        var session = InterviewWalker.Start(Tree);

        Assert.True(InterviewWalker.TryReplay(Tree, session, out var path));
        Assert.Equal("trussel", path.Current.Id);
        Assert.Equal(Tree.Version, session.TreeVersion);
    }

    [Fact]
    public void Answer_TwoAnswers_ReachesTheOutcome()
    {
        var session = Walk(0, 1);

        Assert.True(InterviewWalker.TryReplay(Tree, session, out var path));
        Assert.Equal("rett-varsle", path.Outcome?.Id);
        Assert.Equal([new InterviewAnswer("trussel", 0), new InterviewAnswer("hvor-sannsynlig", 1)], session.Answers);
    }

    [Fact]
    public void TryReplay_OtherVersion_Fails()
    {
        var session = Walk(0) with { TreeVersion = "000000000000" };

        Assert.False(InterviewWalker.TryReplay(Tree, session, out _));
    }

    [Fact]
    public void TryReplay_AnswerForAnotherNode_Fails()
    {
        var session = InterviewWalker.Start(Tree) with { Answers = [new InterviewAnswer("hvor-sannsynlig", 0)] };

        Assert.False(InterviewWalker.TryReplay(Tree, session, out _));
    }

    [Fact]
    public void Back_AfterTwoAnswers_RemovesOnlyTheLast()
    {
        var session = InterviewWalker.Back(Walk(0, 1));

        Assert.Equal([new InterviewAnswer("trussel", 0)], session.Answers);
    }

    [Fact]
    public void Change_ToAnOptionOffThePath_DropsTheLaterAnswers()
    {
        var change = InterviewWalker.Change(Tree, Walk(0, 1), answerIndex: 0, optionIndex: 1);

        Assert.Equal((0, 1), (change.Kept, change.Dropped));
        Assert.True(InterviewWalker.TryReplay(Tree, change.Session, out var path));
        Assert.Equal("ingen-grunnlag", path.Current.Id);
    }

    [Fact]
    public void Change_ToTheSameOption_KeepsTheLaterAnswers()
    {
        var change = InterviewWalker.Change(Tree, Walk(0, 1), answerIndex: 0, optionIndex: 0);

        Assert.Equal((1, 0), (change.Kept, change.Dropped));
        Assert.Equal(2, change.Session.Answers.Count);
    }

    [Fact]
    public void Restart_AfterAnswers_IsAtTheStartAgain()
    {
        Assert.Empty(InterviewWalker.Restart(Walk(0, 1)).Answers);
    }

    private static InterviewSession Walk(params int[] options)
    {
        var session = InterviewWalker.Start(Tree);
        foreach (var option in options)
        {
            Assert.True(InterviewWalker.TryReplay(Tree, session, out var path));
            session = InterviewWalker.Answer(path, session, option);
        }

        return session;
    }
}
