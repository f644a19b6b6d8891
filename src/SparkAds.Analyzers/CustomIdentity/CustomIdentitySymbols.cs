using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// The team's own Custom Identity API, named in <c>.editorconfig</c> as documentation-comment IDs separated by commas:
/// <c>spark_ads.custom_identity_symbols = M:Acme.Ads.IdentityClient.CreateCustomIdentity(System.String), T:Acme.Ads.CustomIdentity</c>
/// (<c>;</c> starts a comment in an <c>.editorconfig</c> line, so it never reaches here from one; it still separates
/// where a host passes it). Entries that are malformed or name nothing in the compilation are ignored, and do not hide
/// the others (<see cref="SplitEntries"/>). Each distinct option value is resolved once per compilation.
/// </summary>
internal sealed class CustomIdentitySymbols(Compilation compilation)
{
    public const string OptionKey = "spark_ads.custom_identity_symbols";

    private readonly ConcurrentDictionary<string, ImmutableHashSet<ISymbol>> _resolved = new(StringComparer.Ordinal);

    /// <summary>Whether any source file of the compilation has a non-empty symbol list.</summary>
    public static bool IsConfiguredAnywhere(Compilation compilation, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (options.GetOptions(tree).TryGetValue(OptionKey, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return true;
            }
        }

        return false;
    }

    public ImmutableHashSet<ISymbol> Resolve(string optionValue) => _resolved.GetOrAdd(optionValue, ResolveCore);

    /// <summary>
    /// Splits an option value into entries at <c>,</c> and <c>;</c>. A comma inside <c>()</c>, <c>[]</c> or <c>{}</c>
    /// separates parameter types and belongs to the entry, unless an entry starts after it (<c>M:</c>, <c>T:</c>, …,
    /// which no parameter type does): so an unbalanced entry such as <c>M:(</c> is one bad entry, and the rest of the
    /// list is still read.
    /// </summary>
    public static IEnumerable<string> SplitEntries(string optionValue)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= optionValue.Length; i++)
        {
            var c = i < optionValue.Length ? optionValue[i] : ';';
            switch (c)
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ';':
                case ',' when depth == 0 || StartsEntry(optionValue, i + 1):
                    var entry = optionValue.Substring(start, i - start).Trim();
                    if (entry.Length > 0)
                    {
                        yield return entry;
                    }

                    start = i + 1;
                    depth = 0;
                    break;
            }
        }
    }

    // A documentation-comment ID starts with its kind letter and ':'; a parameter type (a type's ID, an array bound
    // such as `0:`) never does.
    private static bool StartsEntry(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at + 1 < text.Length && char.IsLetter(text[at]) && text[at + 1] == ':';
    }

    private ImmutableHashSet<ISymbol> ResolveCore(string optionValue)
    {
        var symbols = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var entry in SplitEntries(optionValue))
        {
            // A declaration ID is "<kind>:<name>" with balanced brackets; Roslyn's reader is lenient, so check that first.
            if (entry.Length < 3 || entry[1] != ':' || !HasBalancedBrackets(entry))
            {
                continue;
            }

            foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(entry, compilation))
            {
                symbols.Add(symbol.OriginalDefinition);
            }
        }

        return symbols.ToImmutable();
    }

    private static bool HasBalancedBrackets(string entry)
    {
        var open = new Stack<char>();
        foreach (var c in entry)
        {
            switch (c)
            {
                case '(' or '[' or '{':
                    open.Push(c);
                    break;
                case ')' or ']' or '}':
                    var expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.Count == 0 || open.Pop() != expected)
                    {
                        return false;
                    }

                    break;
            }
        }

        return open.Count == 0;
    }
}
