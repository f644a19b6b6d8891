using System.Collections.Generic;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// The layout of the static hash table behind the generated <c>FromCode</c>: codes grouped into
/// 2^<see cref="Bits"/> buckets by multiplicative hashing (<c>(uint)code * Multiplier &gt;&gt; (32 - Bits)</c>).
/// A lookup is one multiply, one shift and a scan of a bucket that mostly holds zero or one code, so a miss
/// costs no more than a hit; a switch over sparse codes compiles to a binary search whose misses are slowest.
/// The multiplier is chosen here, from a fixed list, so the same codes always give the same table.
/// </summary>
internal sealed class CodeHashTable
{
    private const int SmallTableTrials = 64;
    private const int LargeTableTrials = 8;
    private const int LargeTable = 1024;

    private CodeHashTable(int bits, uint multiplier, int[] bucketStarts, int[] order)
    {
        Bits = bits;
        Multiplier = multiplier;
        BucketStarts = bucketStarts;
        Order = order;
    }

    /// <summary>log2 of the bucket count: at least twice the codes, and at least 1 (C# would read a shift by 32 as a shift by 0).</summary>
    public int Bits { get; }

    public uint Multiplier { get; }

    /// <summary>Bucket <c>b</c> holds the entries <c>BucketStarts[b]</c> up to <c>BucketStarts[b + 1]</c>; one more element than buckets.</summary>
    public IReadOnlyList<int> BucketStarts { get; }

    /// <summary>Indices into the codes passed to <see cref="Build"/>, in table order (bucket by bucket, then code order).</summary>
    public IReadOnlyList<int> Order { get; }

    /// <summary>Lays out <paramref name="codes"/> (distinct) in at least twice as many buckets, with the fewest collisions found.</summary>
    public static CodeHashTable Build(IReadOnlyList<int> codes, System.Threading.CancellationToken cancellationToken = default)
    {
        var bits = BitsFor(codes.Count);
        var trials = codes.Count <= LargeTable ? SmallTableTrials : LargeTableTrials;
        uint best = 0;
        var bestCost = long.MaxValue;
        for (var trial = 0; trial < trials && bestCost > codes.Count; trial++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var multiplier = Candidate(trial);
            var cost = CollisionCost(codes, bits, multiplier);
            if (cost < bestCost)
            {
                (best, bestCost) = (multiplier, cost);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Layout(codes, bits, best);
    }

    /// <summary>
    /// log2 of the size of a table of <paramref name="entries"/>: at least twice as many slots as entries, and at least
    /// 1 (C# would read a shift by 32 as a shift by 0). The generated key and position tables are sized alike.
    /// </summary>
    public static int BitsFor(int entries)
    {
        var bits = 1;
        while ((1 << bits) < entries * 2)
        {
            bits++;
        }

        return bits;
    }

    /// <summary>The bucket of <paramref name="code"/>, exactly as the generated code computes it.</summary>
    public static int BucketOf(int code, int bits, uint multiplier) => (int)(unchecked((uint)code * multiplier) >> (32 - bits));

    // Odd multipliers spread from the golden-ratio constant (Knuth's multiplicative hashing).
    private static uint Candidate(int trial) => unchecked(2654435769u + ((uint)trial * 0x6A09E668u)) | 1u;

    // The sum of squared bucket sizes: the number of codes when every bucket holds at most one.
    private static long CollisionCost(IReadOnlyList<int> codes, int bits, uint multiplier)
    {
        var sizes = new int[1 << bits];
        foreach (var code in codes)
        {
            sizes[BucketOf(code, bits, multiplier)]++;
        }

        long cost = 0;
        foreach (var size in sizes)
        {
            cost += (long)size * size;
        }

        return cost;
    }

    private static CodeHashTable Layout(IReadOnlyList<int> codes, int bits, uint multiplier)
    {
        var buckets = 1 << bits;
        var starts = new int[buckets + 1];
        foreach (var code in codes)
        {
            starts[BucketOf(code, bits, multiplier) + 1]++;
        }

        for (var bucket = 0; bucket < buckets; bucket++)
        {
            starts[bucket + 1] += starts[bucket];
        }

        var next = (int[])starts.Clone();
        var order = new int[codes.Count];
        for (var index = 0; index < codes.Count; index++)
        {
            order[next[BucketOf(codes[index], bits, multiplier)]++] = index;
        }

        return new CodeHashTable(bits, multiplier, starts, order);
    }
}
