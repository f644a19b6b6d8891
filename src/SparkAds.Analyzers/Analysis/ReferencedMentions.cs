using System;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// Whether a compilation's metadata references may define what an analyzer looks for: a word in the names of their
/// types and members (the #Strings heap, UTF-8) or in their constants and attribute arguments (the #Blob heap, UTF-16
/// for a constant, UTF-8 for an attribute argument). A constant <c>"CUSTOMIZED_USER"</c> or an enum member serialised to
/// it in a referenced TikTok client can reach the code without the code spelling it; a scan of a reference's heaps
/// (memory the compiler has mapped already) says whether one can. Assemblies signed by Microsoft are not scanned: they
/// define none. Each image's verdict is kept weakly per image, so an IDE or a compiler server scans a package once.
/// </summary>
internal sealed class ReferencedMentions
{
    // b03f5f7f11d50a3a, b77a5c561934e089, 31bf3856ad364e35, cc7b13ffcd2ddd51, adb9793829ddae60, 7cec85d7bea7798e.
    private static readonly byte[][] FrameworkPublicKeyTokens =
    [
        [0xb0, 0x3f, 0x5f, 0x7f, 0x11, 0xd5, 0x0a, 0x3a],
        [0xb7, 0x7a, 0x5c, 0x56, 0x19, 0x34, 0xe0, 0x89],
        [0x31, 0xbf, 0x38, 0x56, 0xad, 0x36, 0x4e, 0x35],
        [0xcc, 0x7b, 0x13, 0xff, 0xcd, 0x2d, 0xdd, 0x51],
        [0xad, 0xb9, 0x79, 0x38, 0x29, 0xdd, 0xae, 0x60],
        [0x7c, 0xec, 0x85, 0xd7, 0xbe, 0xa7, 0x79, 0x8e],
    ];

    private static readonly object Mentioned = true;
    private static readonly object NotMentioned = false;

    private readonly byte[][] _utf8;
    private readonly byte[][] _utf16;
    private readonly LooseSpelling[] _looseNames;
    private readonly ConditionalWeakTable<ModuleMetadata, object> _verdicts = new();

    /// <summary>
    /// Looks for <paramref name="words"/> in names, constants and attribute arguments, and for <paramref name="looseNames"/>
    /// loosely spelled (<see cref="LooseSpelling"/>) in names.
    /// </summary>
    public ReferencedMentions(string[] words, string[]? looseNames = null)
    {
        _utf8 = Array.ConvertAll(words, Encoding.UTF8.GetBytes);
        _utf16 = Array.ConvertAll(words, Encoding.Unicode.GetBytes);
        _looseNames = Array.ConvertAll(looseNames ?? [], static name => new LooseSpelling(name));
    }

    /// <summary>Whether some metadata reference of <paramref name="compilation"/> not signed by Microsoft holds one of the words.</summary>
    public bool InAnyReference(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var reference in compilation.ExternalReferences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (InReference(reference))
            {
                return true;
            }
        }

        return false;
    }

    private bool InReference(MetadataReference reference)
    {
        // A project reference in an IDE has no image to read: it may hold anything.
        if (reference is CompilationReference)
        {
            return true;
        }

        if (ReferencedTypes.IsTargetingPack(reference) || ReferencedTypes.Module(reference) is not { } module)
        {
            return false;
        }

        if (_verdicts.TryGetValue(module, out var known))
        {
            return ReferenceEquals(known, Mentioned);
        }

        // The heaps are searched first (at memory speed); only an assembly that holds a word is checked for Microsoft's key.
        var reader = module.GetMetadataReader();
        var found = Mentions(reader) && !IsSignedByMicrosoft(reader);
        lock (_verdicts)
        {
            if (!_verdicts.TryGetValue(module, out _))
            {
                _verdicts.Add(module, found ? Mentioned : NotMentioned);
            }
        }

        return found;
    }

    private unsafe bool Mentions(MetadataReader reader)
    {
        var strings = Heap(reader, HeapIndex.String);
        var blobs = Heap(reader, HeapIndex.Blob);
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (strings.IndexOf(_utf8[i]) >= 0 || blobs.IndexOf(_utf8[i]) >= 0 || blobs.IndexOf(_utf16[i]) >= 0)
            {
                return true;
            }
        }

        foreach (var name in _looseNames)
        {
            if (name.In(strings))
            {
                return true;
            }
        }

        return false;
    }

    private static unsafe ReadOnlySpan<byte> Heap(MetadataReader reader, HeapIndex heap)
        => new(reader.MetadataPointer + reader.GetHeapMetadataOffset(heap), reader.GetHeapSize(heap));

    private static bool IsSignedByMicrosoft(MetadataReader reader)
    {
        if (!reader.IsAssembly || reader.GetAssemblyDefinition().PublicKey is { IsNil: true })
        {
            return false;
        }

        // The public key token: the last eight bytes of the key's SHA-1, reversed.
        var key = reader.GetBlobBytes(reader.GetAssemblyDefinition().PublicKey);
        byte[] hash;
#pragma warning disable CA5350 // SHA-1 is what the CLI specification defines the token by, not a security measure here.
        using (var sha1 = SHA1.Create())
#pragma warning restore CA5350
        {
            hash = sha1.ComputeHash(key);
        }

        foreach (var token in FrameworkPublicKeyTokens)
        {
            var same = true;
            for (var i = 0; i < 8 && same; i++)
            {
                same = hash[hash.Length - 1 - i] == token[i];
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }
}
