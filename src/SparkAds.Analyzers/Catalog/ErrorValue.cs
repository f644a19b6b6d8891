using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// The number of each generated <c>SparkAdsError</c> member: a function of its key, so the same key has the same value
/// in every project, catalog, row order and package version, and a value persisted as an integer keeps its meaning.
/// <para>
/// A key's hash is FNV-1a (32-bit) over its UTF-8 bytes, masked to 31 bits (never negative). A key's value is its
/// hash, with two exceptions, settled the same way whatever the rows' order: 0 is <c>Unknown</c>'s, so a key whose
/// hash is 0 moves; and where several keys share a hash, the ordinally first keeps it and the others move. A key that
/// moves takes the first value after its hash (wrapping from 2^31 - 1 to 1) that is no key's hash and not yet taken,
/// the moving keys taking theirs one after another in ordinal key order. <c>catalog/README.md</c> spells this out for
/// maintainers who compute values elsewhere.
/// </para>
/// </summary>
internal static class ErrorValue
{
    /// <summary>FNV-1a's 32-bit offset basis.</summary>
    public const uint OffsetBasis = 2166136261;

    /// <summary>FNV-1a's 32-bit prime.</summary>
    public const uint Prime = 16777619;

    /// <summary>The low 31 bits: values are non-negative <see cref="int"/>s.</summary>
    public const uint Mask = 0x7FFFFFFF;

    /// <summary>FNV-1a over the UTF-8 bytes of <paramref name="key"/>, masked to 31 bits: the value a key takes unless it moves.</summary>
    public static int HashOf(string key)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return (int)(hash & Mask);
    }

    /// <summary>The value of each of <paramref name="keys"/> (distinct), in their order: distinct, never 0.</summary>
    public static int[] Assign(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        var values = new int[keys.Count];
        // The ordinally first key of each hash; every hash is reserved for its own keys, 0 for Unknown.
        var firstByHash = new Dictionary<int, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if ((i & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var hash = HashOf(keys[i]);
            values[i] = hash;
            if (hash != 0 && (!firstByHash.TryGetValue(hash, out var first) || string.CompareOrdinal(keys[i], keys[first]) < 0))
            {
                firstByHash[hash] = i;
            }
        }

        var moving = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (values[i] == 0 || firstByHash[values[i]] != i)
            {
                moving.Add(i);
            }
        }

        if (moving.Count == 0)
        {
            return values;
        }

        moving.Sort((a, b) => string.CompareOrdinal(keys[a], keys[b]));
        var taken = new HashSet<int>(firstByHash.Keys) { 0 };
        foreach (var i in moving)
        {
            var value = values[i];
            do
            {
                value = value == (int)Mask ? 1 : value + 1;
            }
            while (!taken.Add(value));

            values[i] = value;
        }

        return values;
    }
}
