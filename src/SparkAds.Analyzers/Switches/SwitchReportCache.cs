using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Message argument and properties of a SPARK001/SPARK002 report, built once per distinct pair of lists (the
/// values the message names, the values the fix names) in a compilation. Switches in one code base tend to miss
/// the same errors, and the properties (a remedy, member and code per error to name) are the costly part of a report.
/// </summary>
internal sealed class SwitchReportCache
{
    private readonly ConcurrentDictionary<Key, (string Message, ImmutableDictionary<string, string?> Properties)> _reports = new();
    private readonly string _namespace;

    public SwitchReportCache(string @namespace) => _namespace = @namespace;

    /// <summary>SPARK001 when <paramref name="coverage"/> leaves values unhandled, else SPARK002.</summary>
    public Diagnostic Create(Location location, SwitchCoverage coverage)
    {
        var unhandled = coverage.HasUnhandled;
        var descriptor = unhandled ? DiagnosticDescriptors.UnhandledErrorsWithoutFallback : DiagnosticDescriptors.ErrorsHandledOnlyByFallback;
        var key = unhandled
            ? new Key(coverage.Kind, coverage.Unhandled, coverage.NullUnhandled, coverage.ToName, coverage.NullToName)
            : new Key(coverage.Kind, coverage.ByFallback, coverage.NullByFallback, coverage.ToName, coverage.NullToName);
        var (message, properties) = _reports.GetOrAdd(
            key,
            key => (MissingErrorList.Describe(key.Named, key.NamedNull), MissingErrorList.Properties(key.Kind, _namespace, key.ToName, key.ToNameNull)));
        return Diagnostic.Create(descriptor, location, properties, message);
    }

    /// <summary>Errors come from one catalog instance, so they compare by reference: cheap and exact.</summary>
    private readonly struct Key(SwitchKind kind, ImmutableArray<ErrorDefinition> named, bool namedNull, ImmutableArray<ErrorDefinition> toName, bool toNameNull) : System.IEquatable<Key>
    {
        public SwitchKind Kind { get; } = kind;

        public ImmutableArray<ErrorDefinition> Named { get; } = named;

        public bool NamedNull { get; } = namedNull;

        public ImmutableArray<ErrorDefinition> ToName { get; } = toName;

        public bool ToNameNull { get; } = toNameNull;

        public bool Equals(Key other)
            => Kind == other.Kind && NamedNull == other.NamedNull && ToNameNull == other.ToNameNull
               && SameErrors(Named, other.Named) && SameErrors(ToName, other.ToName);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = ((int)Kind * 4) + (NamedNull ? 2 : 0) + (ToNameNull ? 1 : 0);
            foreach (var error in Named)
            {
                hash = unchecked((hash * 31) + RuntimeHelpers.GetHashCode(error));
            }

            foreach (var error in ToName)
            {
                hash = unchecked((hash * 17) + RuntimeHelpers.GetHashCode(error));
            }

            return hash;
        }

        private static bool SameErrors(ImmutableArray<ErrorDefinition> left, ImmutableArray<ErrorDefinition> right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (!ReferenceEquals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
