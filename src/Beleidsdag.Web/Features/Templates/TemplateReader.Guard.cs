using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Beleidsdag.Web.Features.Templates;

public static partial class TemplateReader
{
    /// <summary>How many values all aliases (<c>*naam</c>) together may add once written out: plenty to reuse a list of options, far too few for a billion laughs.</summary>
    public const int AliasBudget = 10_000;

    /// <summary>Deeper than any template needs (a handful of levels); the YAML model and our converter recurse per level.</summary>
    public const int MaxDepth = 50;

    /// <summary>
    /// Stands between YamlDotNet's parser and its representation model and counts, per event, what the file
    /// would hold once every alias is written out, without writing anything out: each anchor's size is known
    /// when its node ends, and an alias adds that size. A file over budget, an alias inside its own anchor
    /// (a cycle) or nesting too deep is refused at the event that crosses the line, before the model or
    /// <see cref="Convert"/> expands or recurses into it.
    /// </summary>
    private sealed class GuardedParser(IParser inner) : IParser
    {
        private readonly Stack<(string? Anchor, long CountAtStart)> _open = new();
        private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
        private long _count;
        private long _added;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            switch (inner.Current)
            {
                case Scalar scalar:
                    _count++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        _sizes[scalar.Anchor.Value] = 1;
                    }

                    break;
                case NodeEvent { } start and (SequenceStart or MappingStart):
                    if (_open.Count >= MaxDepth)
                    {
                        throw new RefusedException(start.Start, string.Create(CultureInfo.InvariantCulture,
                            $"het sjabloon is dieper dan {MaxDepth} niveaus genest; een sjabloon heeft er hoogstens een handvol nodig (controleer de haakjes [ ] en {{ }})."));
                    }

                    _open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, _count));
                    _count++;
                    break;
                case SequenceEnd or MappingEnd:
                    var (anchor, countAtStart) = _open.Pop();
                    if (anchor is not null)
                    {
                        _sizes[anchor] = _count - countAtStart;
                    }

                    break;
                case AnchorAlias alias:
                    Expand(alias);
                    break;
            }

            return true;
        }

        private void Expand(AnchorAlias alias)
        {
            var name = alias.Value.Value;
            if (_open.Any(o => o.Anchor == name))
            {
                throw new RefusedException(alias.Start, $"de verwijzing '*{name}' staat binnen het blok dat ze herhaalt (&{name}), en zou zichzelf eindeloos herhalen; schrijf de waarden uit.");
            }

            // An unknown anchor is left to YamlDotNet, which reports it as invalid YAML.
            var size = _sizes.GetValueOrDefault(name, 1);
            _count += size;
            _added += size;
            if (_added > AliasBudget)
            {
                throw new RefusedException(alias.Start, string.Create(Dutch,
                    $"het sjabloon gebruikt te veel verwijzingen (aliassen): bij '*{name}' zouden ze samen meer dan {AliasBudget:N0} waarden opleveren; schrijf de waarden uit in plaats van ze met & en * te herhalen."));
            }
        }
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>A file the guard will not let the model read, with where and why in Dutch.</summary>
    private sealed class RefusedException(Mark at, string message) : Exception(message)
    {
        public int Line => (int)at.Line;
    }
}
