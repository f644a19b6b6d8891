using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Analyzers;

/// <summary>
/// Message argument and properties of a SPARK001/SPARK002 report, built once per distinct set of missing
/// errors in a compilation. Switches in one code base tend to miss the same errors, and the properties (a
/// remedy, member and code per missing error) are the costly part of a report.
/// </summary>
internal sealed class SwitchReportCache
{
    private readonly ConcurrentDictionary<Key, (string Message, ImmutableDictionary<string, string?> Properties)> _reports = new();
    private readonly string _namespace;

    public SwitchReportCache(string @namespace) => _namespace = @namespace;

    public Diagnostic Create(DiagnosticDescriptor descriptor, Location location, SwitchKind kind, ImmutableArray<ErrorDefinition> errors, bool includeNull)
    {
        var (message, properties) = _reports.GetOrAdd(
            new Key(kind, includeNull, errors),
            key => (MissingErrorList.Describe(key.Errors, key.IncludeNull), MissingErrorList.Properties(key.Kind, _namespace, key.Errors, key.IncludeNull)));
        return Diagnostic.Create(descriptor, location, properties, message);
    }

    /// <summary>Errors come from one catalog instance, so they compare by reference: cheap and exact.</summary>
    private readonly struct Key(SwitchKind kind, bool includeNull, ImmutableArray<ErrorDefinition> errors) : System.IEquatable<Key>
    {
        public SwitchKind Kind { get; } = kind;

        public bool IncludeNull { get; } = includeNull;

        public ImmutableArray<ErrorDefinition> Errors { get; } = errors;

        public bool Equals(Key other)
        {
            if (Kind != other.Kind || IncludeNull != other.IncludeNull || Errors.Length != other.Errors.Length)
            {
                return false;
            }

            for (var i = 0; i < Errors.Length; i++)
            {
                if (!ReferenceEquals(Errors[i], other.Errors[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = ((int)Kind * 2) + (IncludeNull ? 1 : 0);
            foreach (var error in Errors)
            {
                hash = unchecked((hash * 31) + RuntimeHelpers.GetHashCode(error));
            }

            return hash;
        }
    }
}
