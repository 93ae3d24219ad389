using System.Text;
using Assistant.Conversation.Replies;

namespace Assistant.Conversation.Rendering;

/// <summary>
/// Renders a reply as plain text for the command line: notices, the title, the lead, sections,
/// passages under their citations, lists, the footer, and the choices numbered so that a typed
/// number picks one.
/// </summary>
public static class PlainTextRenderer
{
    public static string Render(AssistantReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        foreach (var notice in reply.Notices)
        {
            text.Append("Merk: ").Append(notice).Append('\n');
        }

        if (reply.Title is not null)
        {
            text.Append(reply.Title).Append('\n');
        }

        text.Append(reply.Lead).Append('\n');
        foreach (var section in reply.Sections)
        {
            text.Append('\n').Append(section.Heading).Append(":\n");
            for (var i = 0; i < section.Items.Count; i++)
            {
                var mark = section.Style switch
                {
                    ReplySectionStyle.Numbered => $"{i + 1}. ",
                    ReplySectionStyle.Bullets => "- ",
                    _ => "",
                };
                foreach (var line in section.Items[i].Split('\n'))
                {
                    text.Append("   ").Append(mark).Append(line).Append('\n');
                    mark = new string(' ', mark.Length);
                }
            }
        }

        for (var i = 0; i < reply.Passages.Count; i++)
        {
            var passage = reply.Passages[i];
            text.Append('\n').Append(i + 1).Append(". ").Append(passage.Citation).Append('\n')
                .Append("   [").Append(passage.PassageId).Append("]\n");
            foreach (var line in passage.Text.Split('\n'))
            {
                text.Append("   ").Append(line).Append('\n');
            }
        }

        if (reply.Bullets.Count > 0)
        {
            text.Append('\n');
            foreach (var bullet in reply.Bullets)
            {
                text.Append("- ").Append(bullet).Append('\n');
            }
        }

        if (reply.Footer is not null)
        {
            text.Append('\n').Append(reply.Footer).Append('\n');
        }

        for (var i = 0; i < reply.Choices.Count; i++)
        {
            text.Append(i == 0 ? "\n" : "").Append("  ").Append(i + 1).Append(") ").Append(reply.Choices[i].Title).Append('\n');
        }

        return text.ToString();
    }
}
