using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Groups;

/// <summary>The limits of a werkpunt's fields; the phone checks them first, the server again.</summary>
public static class WerkpuntRules
{
    /// <summary>Cleans every text field (see <see cref="TextCleaner"/>) and drops empty oplossingen.</summary>
    public static WerkpuntContent Clean(WerkpuntContent content) => content with
    {
        Text = TextCleaner.Clean(content.Text),
        Oplossingen = [.. content.Oplossingen.Select(TextCleaner.Clean).Where(o => o.Length > 0)],
        OwnerRole = TextCleaner.Clean(content.OwnerRole),
        Term = TextCleaner.Clean(content.Term),
        Comments = TextCleaner.Clean(content.Comments),
    };

    public static SubmissionError Check(WerkpuntContent content)
    {
        if (content.Text.Length == 0)
        {
            return SubmissionError.TextEmpty;
        }

        var tooLong = content.Text.Length > Limits.WerkpuntTextLength
            || content.Oplossingen.Count > Limits.MaxOplossingen
            || content.Oplossingen.Any(o => o.Length > Limits.OplossingLength)
            || content.OwnerRole.Length > Limits.OwnerRoleLength
            || content.Term.Length > Limits.TermLength
            || content.Comments.Length > Limits.CommentsLength
            || !Enum.IsDefined(content.Owner);
        return tooLong ? SubmissionError.FieldTooLong : SubmissionError.None;
    }
}
