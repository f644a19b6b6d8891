using System.Threading;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// How a fix writes a generated type where the report is, decided by the analyzer so the fix binds nothing: the text
/// before the type's name. Empty where the name alone binds to that type (its namespace is imported or encloses the
/// code); else the namespace, <c>global::</c>-prefixed where the namespace's first part is hidden by something nearer.
/// </summary>
internal static class GeneratedNameQualifier
{
    public static string Of(SemanticModel model, int position, INamedTypeSymbol errorEnum, string typeName, CancellationToken cancellationToken)
    {
        var ns = errorEnum.ContainingNamespace;
        var type = ns.GetTypeMembers(typeName, 0);
        var found = model.LookupNamespacesAndTypes(position, name: typeName);
        if (type.Length == 1 && found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], type[0]))
        {
            return string.Empty;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var text = ns.ToDisplayString();
        var outermost = ns;
        while (outermost.ContainingNamespace is { IsGlobalNamespace: false } containing)
        {
            outermost = containing;
        }

        var first = model.LookupNamespacesAndTypes(position, name: outermost.Name);
        return first.Length == 1 && SymbolEqualityComparer.Default.Equals(first[0], outermost) ? text + "." : "global::" + text + ".";
    }
}
