using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>
/// A member's value from its key alone: FNV-1a against published vectors, the masking, and every case of the collision
/// rule with keys that really collide. The colliding keys were found by brute force (a meet-in-the-middle search over
/// FNV-1a's invertible steps: prefixes of four characters hashed forwards, suffixes of four unwound backwards from
/// the wanted hash), so each test also checks that its keys still hash as it says.
/// </summary>
public sealed class ErrorValueTests
{
    /// <summary>Both masked to 1,190,603,245 (the first as 0xC6F729ED, the second as 0x46F729ED).</summary>
    private const string CollidingFirst = "error_178724";
    private const string CollidingSecond = "error_588200";

    /// <summary>Hashes to 1,190,603,246: the value after the pair's hash, which the later key of the pair may not take.</summary>
    private const string NextToCollision = "z8cyah6r";

    /// <summary>Hashes to 0 once masked.</summary>
    private const string HashZero = "v1iraa1l";

    /// <summary>Both hash to 2^31 - 1, the largest value.</summary>
    private const string HighestFirst = "ngsnaapn";
    private const string HighestSecond = "psy3abyg";

    /// <summary>Hashes to 1, where a value that wraps or a hash of 0 would go first.</summary>
    private const string HashOne = "a1tnafmr";

    [Theory]
    [InlineData("", 0x811C9DC5u)] // FNV-1a's published 32-bit test vectors (before masking)
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void HashOf_IsFnv1aOfTheUtf8Bytes_MaskedTo31Bits(string key, uint fnv1a)
        => Assert.Equal((int)(fnv1a & 0x7FFFFFFF), ErrorValue.HashOf(key));

    [Fact]
    public void HashOf_NonAsciiKey_HashesItsUtf8Bytes()
        => Assert.Equal(Fnv1a(System.Text.Encoding.UTF8.GetBytes("café_error")), ErrorValue.HashOf("café_error"));

    [Fact]
    public void Assign_KeysWithoutCollision_TakeTheirHashes_InTheirOrder()
    {
        string[] keys = ["video_unavailable", "call_db_fail", "video_deleted"];

        Assert.Equal([1360824805, 802334949, 1913881662], ErrorValue.Assign(keys));
    }

    [Fact]
    public void Assign_CollidingKeys_OrdinallyFirstKeepsTheHash_TheOtherTakesTheNextFreeValue_WhateverTheOrder()
    {
        Assert.Equal(ErrorValue.HashOf(CollidingFirst), ErrorValue.HashOf(CollidingSecond));
        var hash = ErrorValue.HashOf(CollidingFirst);

        Assert.Equal([hash, hash + 1], ErrorValue.Assign([CollidingFirst, CollidingSecond]));
        Assert.Equal([hash + 1, hash], ErrorValue.Assign([CollidingSecond, CollidingFirst]));
    }

    [Fact]
    public void Assign_MovingKey_SkipsAValueThatIsAnotherKeysHash_WhateverTheOrder()
    {
        var hash = ErrorValue.HashOf(CollidingFirst);
        Assert.Equal(hash + 1, ErrorValue.HashOf(NextToCollision));

        var expected = new Dictionary<string, int> { [CollidingFirst] = hash, [NextToCollision] = hash + 1, [CollidingSecond] = hash + 2 };
        foreach (var order in Permutations([CollidingSecond, NextToCollision, CollidingFirst]))
        {
            Assert.Equal(order.Select(k => expected[k]), ErrorValue.Assign(order));
        }
    }

    [Fact]
    public void Assign_HashOfZero_IsUnknownsValue_SoTheKeyMovesToOne()
    {
        Assert.Equal(0, ErrorValue.HashOf(HashZero));

        Assert.Equal([1], ErrorValue.Assign([HashZero]));
    }

    [Fact]
    public void Assign_MovingKeys_WrapPastTheLargestValue_AndTakeFreeValuesOneAfterAnotherInOrdinalOrder()
    {
        Assert.Equal(int.MaxValue, ErrorValue.HashOf(HighestFirst));
        Assert.Equal(int.MaxValue, ErrorValue.HashOf(HighestSecond));
        Assert.Equal(1, ErrorValue.HashOf(HashOne));

        // HighestSecond and HashZero both move; HighestSecond comes first ordinally, so it takes 2 (1 is HashOne's).
        var expected = new Dictionary<string, int> { [HighestFirst] = int.MaxValue, [HashOne] = 1, [HighestSecond] = 2, [HashZero] = 3 };
        foreach (var order in Permutations([HashZero, HighestSecond, HashOne, HighestFirst]))
        {
            Assert.Equal(order.Select(k => expected[k]), ErrorValue.Assign(order));
        }
    }

    [Fact]
    public void Assign_HonoursCancellation()
        => Assert.Throws<OperationCanceledException>(() => ErrorValue.Assign(["a"], new CancellationToken(canceled: true)));

    private static int Fnv1a(byte[] bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private static IEnumerable<string[]> Permutations(string[] keys)
        => keys.Length <= 1
            ? [keys]
            : keys.SelectMany((key, i) => Permutations([.. keys.Take(i), .. keys.Skip(i + 1)]).Select(rest => (string[])[key, .. rest]));
}
