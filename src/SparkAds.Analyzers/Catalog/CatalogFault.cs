using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog;

/// <summary>A value-equal description of a catalog diagnostic, so faults can flow through the cached pipeline.</summary>
internal sealed record CatalogFault(string DiagnosticId, CatalogLocation? Location, EquatableArray<string> MessageArguments)
{
    public static CatalogFault Create(string diagnosticId, CatalogLocation? location, params string[] messageArguments)
        => new(diagnosticId, location, new EquatableArray<string>(messageArguments));

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.GetById(DiagnosticId);
        var arguments = new object[MessageArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = MessageArguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, arguments);
    }
}
