namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>
/// C# compiled into a net10.0 consumer beside the generated code, for what reflection cannot call (span
/// parameters, <c>ref</c> readers) and for allocation counts taken on the consumer's own thread.
/// </summary>
internal static class RuntimeApiProbe
{
    public const string Code = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using SparkAds;

        namespace Probe
        {
            public static class Checks
            {
                /// <summary>Every input on which the string, span and UTF-8 lookups disagree, with the answers.</summary>
                public static string Disagreements(string[] inputs)
                {
                    var report = new StringBuilder();
                    foreach (var input in inputs)
                    {
                        var found = SparkAdsErrors.TryParse(input, out var error);
                        var spanFound = SparkAdsErrors.TryParse(input.AsSpan(), out var spanError);
                        var utf8Found = SparkAdsErrors.TryParseUtf8(Encoding.UTF8.GetBytes(input), out var utf8Error);
                        var anyCase = SparkAdsErrors.TryParse(input, true, out var anyCaseError);
                        var spanAnyCase = SparkAdsErrors.TryParse(input.AsSpan(), true, out var spanAnyCaseError);
                        var spanExact = SparkAdsErrors.TryParse(input.AsSpan(), false, out var spanExactError);
                        if (found != spanFound || error != spanError || found != utf8Found || error != utf8Error
                            || anyCase != spanAnyCase || anyCaseError != spanAnyCaseError || found != spanExact || error != spanExactError)
                        {
                            report.Append(input).Append(": ").Append(error).Append('/').Append(spanError).Append('/').Append(utf8Error)
                                .Append(' ').Append(anyCaseError).Append('/').Append(spanAnyCaseError).Append('\n');
                        }
                    }

                    return report.ToString();
                }

                /// <summary>Bytes allocated on this thread by every lookup over every key and code, after one warm-up pass.</summary>
                public static long AllocatedByLookups(string[] keys, int[] codes)
                {
                    var utf8 = new byte[keys.Length][];
                    var upper = new string[keys.Length];
                    for (var i = 0; i < keys.Length; i++)
                    {
                        utf8[i] = Encoding.UTF8.GetBytes(keys[i]);
                        upper[i] = keys[i].ToUpperInvariant();
                    }

                    long before = 0;
                    var sink = 0;
                    for (var pass = 0; pass < 2; pass++)
                    {
                        if (pass == 1)
                        {
                            before = GC.GetAllocatedBytesForCurrentThread();
                        }

                        for (var i = 0; i < keys.Length; i++)
                        {
                            SparkAdsErrors.TryParse(keys[i], out var a);
                            SparkAdsErrors.TryParse(upper[i], true, out var b);
                            SparkAdsErrors.TryParse(keys[i].AsSpan(), out var c);
                            SparkAdsErrors.TryParse(upper[i].AsSpan(), true, out var d);
                            SparkAdsErrors.TryParseUtf8(utf8[i], out var e);
                            sink += (int)a + (int)b + (int)c + (int)d + (int)e + (int)SparkAdsErrors.Resolve(keys[i], null);
                            sink += a.GetKey().Length + a.GetMessage().Length + a.GetRemedy().Length + (a.GetCode() ?? 0) + (a.IsSystemError() ? 1 : 0) + (a.IsRetired() ? 1 : 0);
                        }

                        foreach (var code in codes)
                        {
                            sink += SparkAdsErrors.FromCode(code).Count + (int)SparkAdsErrors.Resolve("not_a_key", code) + (int)SparkAdsErrors.Resolve(null, code);
                        }

                        sink += SparkAdsErrors.All.Count;
                    }

                    var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    GC.KeepAlive(sink);
                    return allocated;
                }

                /// <summary>Bytes allocated on this thread by the converter reading each JSON document's string, after one warm-up pass; and what it read.</summary>
                public static long AllocatedByJsonReads(byte[][] documents, SparkAdsError[] read)
                {
                    var converter = new SparkAdsErrorJsonConverter();
                    var options = new JsonSerializerOptions();
                    long before = 0;
                    for (var pass = 0; pass < 2; pass++)
                    {
                        if (pass == 1)
                        {
                            before = GC.GetAllocatedBytesForCurrentThread();
                        }

                        for (var i = 0; i < documents.Length; i++)
                        {
                            var reader = new Utf8JsonReader(documents[i]);
                            reader.Read();
                            read[i] = converter.Read(ref reader, typeof(SparkAdsError), options);
                        }
                    }

                    return GC.GetAllocatedBytesForCurrentThread() - before;
                }

                /// <summary>The converter reading a value split across buffer segments (HasValueSequence).</summary>
                public static SparkAdsError ReadSegmented(byte[] document, int split)
                {
                    var first = new Segment(document.AsMemory(0, split), 0);
                    var last = first.Append(document.AsMemory(split));
                    var reader = new Utf8JsonReader(new System.Buffers.ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), default);
                    reader.Read();
                    if (!reader.HasValueSequence)
                    {
                        throw new InvalidOperationException("The value is not segmented.");
                    }

                    return new SparkAdsErrorJsonConverter().Read(ref reader, typeof(SparkAdsError), new JsonSerializerOptions());
                }

                public static string Serialize(SparkAdsError error) => JsonSerializer.Serialize(error);

                public static string DictionaryRoundTrip(string json)
                {
                    var byError = JsonSerializer.Deserialize<Dictionary<SparkAdsError, int>>(json)!;
                    return string.Join(",", byError.Select(p => p.Key + "=" + p.Value)) + "|" + JsonSerializer.Serialize(byError);
                }

                public static SparkAdsError Deserialize(string json) => JsonSerializer.Deserialize<SparkAdsError>(json);

                public static string SerializeList(List<SparkAdsError> errors) => JsonSerializer.Serialize(errors);

                public static List<SparkAdsError> DeserializeList(string json) => JsonSerializer.Deserialize<List<SparkAdsError>>(json)!;

                private sealed class Segment : System.Buffers.ReadOnlySequenceSegment<byte>
                {
                    public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
                    {
                        Memory = memory;
                        RunningIndex = runningIndex;
                    }

                    public Segment Append(ReadOnlyMemory<byte> memory)
                    {
                        var next = new Segment(memory, RunningIndex + Memory.Length);
                        Next = next;
                        return next;
                    }
                }
            }
        }
        """;
}
