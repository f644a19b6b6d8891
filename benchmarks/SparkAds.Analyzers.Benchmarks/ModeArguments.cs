using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// The arguments of a benchmark mode: flags (<c>--warm-server</c>), options with a value (<c>--builds 7</c>) and the
/// positional arguments left once those are taken, so every mode reads its command line the same way.
/// </summary>
internal sealed class ModeArguments(IEnumerable<string> args)
{
    private readonly List<string> _rest = [.. args];

    /// <summary>The arguments not taken by <see cref="Flag"/> or <see cref="Value"/> so far.</summary>
    public IReadOnlyList<string> Positional => _rest;

    /// <summary>Takes <paramref name="name"/>; whether it was given.</summary>
    public bool Flag(string name) => _rest.Remove(name);

    /// <summary>Takes <paramref name="name"/> and the argument after it; that argument, or null where either is missing.</summary>
    public string? Value(string name)
    {
        var at = _rest.IndexOf(name);
        if (at < 0 || at + 1 >= _rest.Count)
        {
            return null;
        }

        var value = _rest[at + 1];
        _rest.RemoveRange(at, 2);
        return value;
    }

    /// <summary>Takes <paramref name="name"/> and its integer; <paramref name="fallback"/> where it is not given.</summary>
    public int Number(string name, int fallback) => Value(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The positional arguments as integers, or <paramref name="fallback"/> where there are none.</summary>
    public int[] Numbers(int[] fallback) => _rest.Count > 0 ? [.. _rest.Select(static a => int.Parse(a, CultureInfo.InvariantCulture))] : fallback;

    /// <summary>The first positional argument as an integer, or <paramref name="fallback"/> where there is none.</summary>
    public int FirstNumber(int fallback) => _rest.Count > 0 ? int.Parse(_rest[0], CultureInfo.InvariantCulture) : fallback;
}
