using System.Text;
using Assistant.Conversation.Replies;

namespace Assistant.Conversation.Rendering;

/// <summary>Renders a reply as plain text for the command line, with numbered choices.</summary>
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

        text.Append(reply.Lead).Append('\n');
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
