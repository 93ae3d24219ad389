using System.Text;
using Assistant.Conversation.Replies;

namespace Assistant.Conversation.Rendering;

/// <summary>
/// Renders a reply as Markdown for Web Chat and Teams text messages: notices first, the lead, each
/// passage as a numbered citation followed by the quoted text, then lists and the footer. A title
/// (an outcome's verdict) comes first as a heading, and sections follow the lead.
/// Choices are not rendered here: channels show them as suggested actions or buttons.
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(AssistantReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        foreach (var notice in reply.Notices)
        {
            text.Append("**Merk:** ").Append(notice).Append("\n\n");
        }

        if (reply.Title is not null)
        {
            text.Append("### ").Append(reply.Title).Append("\n\n");
        }

        text.Append(reply.Lead).Append("\n\n");
        foreach (var section in reply.Sections)
        {
            text.Append("**").Append(section.Heading).Append("**\n\n");
            for (var i = 0; i < section.Items.Count; i++)
            {
                var item = section.Items[i];
                text.Append(section.Style switch
                {
                    ReplySectionStyle.Numbered => $"{i + 1}. {item.Replace("\n", "\n   ", StringComparison.Ordinal)}\n",
                    ReplySectionStyle.Bullets => $"- {item.Replace("\n", "\n  ", StringComparison.Ordinal)}\n",
                    // A journalnotat is meant to be copied: a code block keeps its lines and brackets.
                    _ => $"```\n{item}\n```\n",
                });
            }

            text.Append('\n');
        }

        for (var i = 0; i < reply.Passages.Count; i++)
        {
            var passage = reply.Passages[i];
            text.Append("**").Append(i + 1).Append(". ").Append(Escape(passage.Citation.ToString())).Append("**\n\n");
            foreach (var line in passage.Text.Split('\n'))
            {
                text.Append("> ").Append(line).Append('\n');
            }

            text.Append('\n');
        }

        foreach (var bullet in reply.Bullets)
        {
            text.Append("- ").Append(bullet).Append('\n');
        }

        if (reply.Bullets.Count > 0)
        {
            text.Append('\n');
        }

        if (reply.Footer is not null)
        {
            text.Append('_').Append(reply.Footer).Append("_\n");
        }

        return text.ToString().TrimEnd() + "\n";
    }

    // Citations hold «» and § but may also hold '*' or '_' in a heading; keep them literal.
    private static string Escape(string text) => text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
