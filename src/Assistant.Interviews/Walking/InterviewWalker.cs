using Assistant.Interviews.Model;

namespace Assistant.Interviews.Walking;

/// <summary>
/// Moves through a tree. Pure functions from a session to a session: nothing is kept here, so a
/// session can be stored anywhere and replayed against the tree on the next turn.
/// </summary>
public static class InterviewWalker
{
    /// <summary>A fresh session at the tree's first question.</summary>
    public static InterviewSession Start(InterviewTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new InterviewSession(tree.Id, tree.Version, []);
    }

    /// <summary>
    /// Replays <paramref name="session"/> on <paramref name="tree"/>. False when the session was
    /// made for another version, or its answers no longer fit the tree.
    /// </summary>
    public static bool TryReplay(InterviewTree tree, InterviewSession session, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterviewPath? path)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(session);
        path = null;
        if (session.TreeId != tree.Id || session.TreeVersion != tree.Version
            || session.Changing is { } changing && (changing < 0 || changing >= session.Answers.Count))
        {
            return false;
        }

        var steps = new List<AnsweredStep>(session.Answers.Count);
        var current = tree.StartNode;
        foreach (var answer in session.Answers)
        {
            if (current is not QuestionNode question || question.Id != answer.NodeId
                || answer.OptionIndex < 0 || answer.OptionIndex >= question.Options.Count)
            {
                return false;
            }

            steps.Add(new AnsweredStep(question, answer.OptionIndex));
            current = tree.Nodes[question.Options[answer.OptionIndex].Next];
        }

        path = new InterviewPath(tree, steps, current);
        return true;
    }

    /// <summary>Answers the current question; the caller has checked that it is one and the index is valid.</summary>
    public static InterviewSession Answer(InterviewPath path, InterviewSession session, int optionIndex)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(session);
        var question = path.Question ?? throw new InvalidOperationException("The interview is finished.");
        ArgumentOutOfRangeException.ThrowIfNegative(optionIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(optionIndex, question.Options.Count);
        return session with { Answers = [.. session.Answers, new InterviewAnswer(question.Id, optionIndex)], Changing = null };
    }

    /// <summary>One step back: the last answer is taken away (the caller shows it).</summary>
    public static InterviewSession Back(InterviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Answers.Count == 0
            ? session with { Changing = null }
            : session with { Answers = session.Answers.Take(session.Answers.Count - 1).ToArray(), Changing = null };
    }

    /// <summary>All answers taken away.</summary>
    public static InterviewSession Restart(InterviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session with { Answers = [], Changing = null };
    }

    /// <summary>
    /// Changes answer <paramref name="answerIndex"/> to <paramref name="optionIndex"/> and re-checks
    /// the later answers in order: one whose question is still the next on the new path is kept,
    /// one whose question no longer applies is dropped.
    /// </summary>
    public static ChangeResult Change(InterviewTree tree, InterviewSession session, int answerIndex, int optionIndex)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfNegative(answerIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(answerIndex, session.Answers.Count);
        var changed = session.Answers[answerIndex] with { OptionIndex = optionIndex };
        var question = (QuestionNode)tree.Nodes[changed.NodeId];
        var answers = session.Answers.Take(answerIndex).Append(changed).ToList();
        var current = tree.Nodes[question.Options[optionIndex].Next];
        var kept = 0;
        var dropped = 0;
        foreach (var later in session.Answers.Skip(answerIndex + 1))
        {
            if (current is QuestionNode next && next.Id == later.NodeId && later.OptionIndex < next.Options.Count)
            {
                answers.Add(later);
                current = tree.Nodes[next.Options[later.OptionIndex].Next];
                kept++;
            }
            else
            {
                dropped++;
            }
        }

        return new ChangeResult(session with { Answers = answers, Changing = null }, kept, dropped);
    }
}
