using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Beleidsdag.Web.Tests.Architecture;

/// <summary>An arrow from one part of the app to another, with one type that makes it, for the failure message.</summary>
public sealed record Arrow(string From, string To, string Example)
{
    /// <summary>The full name of the type used on the arrow's far side.</summary>
    public string UsedType { get; init; } = "";

    public override string ToString() => $"{From} → {To} ({Example})";
}

/// <summary>
/// Reads the compiled assemblies (not the source: Razor's _Imports would claim arrows no code uses) and lists
/// which part uses which. Method bodies count, so a call hidden in a lambda or an async state machine still
/// draws its arrow. A part is a folder under Beleidsdag.Web (each feature on its own), the Domain project,
/// or Program.
/// </summary>
public static class FolderArrows
{
    /// <summary>Every part-to-part arrow, with one type that makes it.</summary>
    public static IReadOnlyList<Arrow> Read(params string[] assemblyPaths) =>
        [.. Uses(assemblyPaths)
            .GroupBy(u => (u.From, u.To))
            .Select(g => g.First())
            .OrderBy(a => a.From, StringComparer.Ordinal).ThenBy(a => a.To, StringComparer.Ordinal)];

    /// <summary>Every use of a type of one part by a type of another, one arrow per pair of types.</summary>
    public static IReadOnlyList<Arrow> Uses(params string[] assemblyPaths)
    {
        var uses = new Dictionary<(string, string), Arrow>();
        foreach (var path in assemblyPaths)
        {
            using var module = ModuleDefinition.ReadModule(path);
            foreach (var type in module.GetTypes())
            {
                var from = PartOf(type);
                if (from is null)
                {
                    continue;
                }

                foreach (var used in UsedBy(type))
                {
                    var to = PartOf(used);
                    var (user, usedName) = (Outermost(type).FullName, Outermost(used).FullName);
                    if (to is not null && to != from)
                    {
                        uses.TryAdd((user, usedName), new Arrow(from, to, $"{user} uses {usedName}") { UsedType = usedName });
                    }
                }
            }
        }

        return [.. uses.Values];
    }

    /// <summary>The loops: pairs of parts that use each other.</summary>
    public static IReadOnlyList<string> Loops(IReadOnlyList<Arrow> arrows)
    {
        var edges = arrows.Select(a => (a.From, a.To)).ToHashSet();
        return [.. edges.Where(e => string.CompareOrdinal(e.From, e.To) < 0 && edges.Contains((e.To, e.From)))
            .Select(e => $"{e.From} ⇄ {e.To}").Order(StringComparer.Ordinal)];
    }

    /// <summary>The knots: groups of parts that reach each other (a loop of any length), largest first.</summary>
    public static IReadOnlyList<string> Knots(IReadOnlyList<Arrow> arrows)
    {
        var next = arrows.GroupBy(a => a.From).ToDictionary(g => g.Key, g => g.Select(a => a.To).ToList());
        var parts = arrows.SelectMany(a => new[] { a.From, a.To }).Distinct().ToList();
        IEnumerable<string> Reach(string from)
        {
            var seen = new HashSet<string>();
            var todo = new Stack<string>([from]);
            while (todo.TryPop(out var part))
            {
                foreach (var to in next.GetValueOrDefault(part) ?? [])
                {
                    if (seen.Add(to))
                    {
                        todo.Push(to);
                    }
                }
            }

            return seen;
        }

        var reach = parts.ToDictionary(p => p, p => Reach(p).ToHashSet());
        return [.. parts.Select(p => parts.Where(q => q == p || (reach[p].Contains(q) && reach[q].Contains(p)))
                .Order(StringComparer.Ordinal).ToList())
            .Where(knot => knot.Count > 1)
            .Select(knot => string.Join(" ⇄ ", knot))
            .Distinct()
            .OrderByDescending(k => k.Length)];
    }

    public static string? PartOf(TypeReference type)
    {
        var ns = Outermost(type).Namespace;
        if (ns.Length == 0)
        {
            return type.Name == "Program" || Outermost(type).Name == "Program" ? "Program" : null;
        }

        var parts = ns.Split('.');
        return parts switch
        {
            ["Beleidsdag", "Domain", ..] => "Domain",
            ["Beleidsdag", "Web", "Features", var feature, ..] => $"Features.{feature}",
            ["Beleidsdag", "Web", var folder, ..] => folder,
            _ => null,
        };
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<TypeReference> UsedBy(TypeDefinition type)
    {
        var direct = new List<TypeReference?> { type.BaseType };
        direct.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        direct.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        direct.AddRange(type.Fields.Select(f => f.FieldType));
        direct.AddRange(type.Properties.Select(p => p.PropertyType));
        direct.AddRange(type.Events.Select(e => e.EventType));
        foreach (var method in type.Methods)
        {
            direct.AddRange(Signature(method));
            direct.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
            if (method.HasBody)
            {
                direct.AddRange(method.Body.Variables.Select(v => v.VariableType));
                direct.AddRange(method.Body.Instructions.SelectMany(Operand));
            }
        }

        return direct.OfType<TypeReference>().SelectMany(Expand);
    }

    private static IEnumerable<TypeReference?> Signature(IMethodSignature method) =>
        method.Parameters.Select(p => p.ParameterType).Prepend(method.ReturnType);

    private static IEnumerable<TypeReference?> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => [type],
        MethodReference method => Signature(method).Append(method.DeclaringType)
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments : []),
        FieldReference field => [field.DeclaringType, field.FieldType],
        _ => [],
    };

    /// <summary>A generic, array or by-ref type uses its element and its arguments too.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var inner in generic.GenericArguments.Prepend(generic.ElementType).SelectMany(Expand))
                {
                    yield return inner;
                }

                yield break;
            case TypeSpecification specification:
                foreach (var inner in Expand(specification.ElementType))
                {
                    yield return inner;
                }

                yield break;
            default:
                yield return type;
                break;
        }
    }
}
