namespace Assistant.Interviews.Model;

/// <summary>Who typically asks for an interview; the menu groups trees by it.</summary>
public enum InterviewRole
{
    Helse,
    Politi,
    Annet,
}
