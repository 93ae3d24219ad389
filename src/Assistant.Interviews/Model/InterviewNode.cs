namespace Assistant.Interviews.Model;

/// <summary>A node of a tree: a <see cref="QuestionNode"/> or an <see cref="OutcomeNode"/>.</summary>
/// <param name="Id">Unique within the tree, lowercase kebab-case.</param>
public abstract record InterviewNode(string Id);
