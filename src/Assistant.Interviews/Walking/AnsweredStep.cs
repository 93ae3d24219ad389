using Assistant.Interviews.Model;

namespace Assistant.Interviews.Walking;

/// <summary>A question on the path with the option chosen.</summary>
public sealed record AnsweredStep(QuestionNode Question, int OptionIndex)
{
    public InterviewOption Option => Question.Options[OptionIndex];
}
