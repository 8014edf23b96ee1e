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

    /// <summary>The first field that breaks its limit, named (the phone shows which field to fix).</summary>
    public static SubmissionError Check(WerkpuntContent content) => content switch
    {
        { Text.Length: 0 } => SubmissionError.WerkpuntEmpty,
        { Text.Length: > Limits.WerkpuntTextLength } => SubmissionError.WerkpuntTooLong,
        { Oplossingen.Count: > Limits.MaxOplossingen } => SubmissionError.TooManyOplossingen,
        _ when content.Oplossingen.Any(o => o.Length > Limits.OplossingLength) => SubmissionError.OplossingTooLong,
        { OwnerRole.Length: > Limits.OwnerRoleLength } => SubmissionError.OwnerRoleTooLong,
        { Term.Length: > Limits.TermLength } => SubmissionError.TermTooLong,
        { Comments.Length: > Limits.CommentsLength } => SubmissionError.CommentsTooLong,
        _ when !Enum.IsDefined(content.Owner) => SubmissionError.FieldTooLong,
        _ => SubmissionError.None,
    };
}
