using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// For one type, between its symbol-start and symbol-end: how its private constant and read-only fields are used, and
/// the SPARK004 sites held by their declarations. At the end a held site is reported when its field is used in a way
/// that may select, or not used at all; a field that is only ever recognised stays quiet. (A local is decided on the
/// spot, from its own block: <see cref="RecognitionDeclarations.IsOnlyRecognised"/>.)
/// </summary>
internal sealed class DeclarationUses
{
    private readonly object _gate = new();
    private readonly Dictionary<ISymbol, bool> _selectsByDeclaration = new(SymbolEqualityComparer.Default);
    private readonly List<(ISymbol Holder, Diagnostic Diagnostic)> _held = [];

    /// <summary>Records one reference to <paramref name="declaration"/>; <paramref name="selects"/> when it does more than recognise.</summary>
    public void AddUse(ISymbol declaration, bool selects)
    {
        lock (_gate)
        {
            _selectsByDeclaration[declaration] = selects || (_selectsByDeclaration.TryGetValue(declaration, out var earlier) && earlier);
        }
    }

    public void Hold(ISymbol holder, Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _held.Add((holder, diagnostic));
        }
    }

    /// <summary>The held diagnostics whose declaration may select.</summary>
    public IEnumerable<Diagnostic> Released()
    {
        lock (_gate)
        {
            var released = new List<Diagnostic>();
            foreach (var (holder, diagnostic) in _held)
            {
                if (!_selectsByDeclaration.TryGetValue(holder, out var selects) || selects)
                {
                    released.Add(diagnostic);
                }
            }

            return released;
        }
    }
}
