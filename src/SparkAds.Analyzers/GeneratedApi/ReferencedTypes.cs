using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.GeneratedApi;

/// <summary>
/// Which types a compilation's metadata references define, read from their metadata tables without binding the
/// compilation. A generator runs on "a compilation with nothing yet computed": asking it for symbols makes it bind all
/// of its references first (some 80 ms cold for a net10.0 project), billed to the generator although the compile
/// needs none of it from us. The compiler holds every reference's metadata in memory already; looking a type up by
/// namespace and name in the tables is a walk of a few nodes.
/// </summary>
internal static class ReferencedTypes
{
    /// <summary>The metadata of <paramref name="reference"/> when it is an assembly image that can be read; else null.</summary>
    public static MetadataReader? Reader(MetadataReference reference) => Module(reference)?.GetMetadataReader();

    /// <summary>
    /// The manifest module of <paramref name="reference"/>'s assembly image; else null. The compiler keeps one per image
    /// file (its compiler server across builds), so it can key what is learnt of a reference.
    /// </summary>
    public static ModuleMetadata? Module(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference portable)
        {
            return null;
        }

        try
        {
            return portable.GetMetadata() is AssemblyMetadata assembly && assembly.GetModules() is { Length: > 0 } modules ? modules[0] : null;
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or InvalidOperationException)
        {
            // A reference the compiler cannot read either: it reports that itself.
            return null;
        }
    }

    /// <summary>The assembly's simple name (<c>System.Runtime</c>).</summary>
    public static bool HasName(MetadataReader reader, string name)
        => reader.IsAssembly && reader.StringComparer.Equals(reader.GetAssemblyDefinition().Name, name);

    /// <summary>
    /// A top-level type named <paramref name="name"/> (metadata name, <c>Span`1</c>) in <paramref name="namespace"/>, public
    /// or not. The type table is scanned comparing names in place: the reader's namespace tree would be built for the
    /// whole assembly first, costlier than the scan for the few lookups made here.
    /// </summary>
    public static TypeDefinitionHandle Find(MetadataReader reader, string @namespace, string name)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (reader.StringComparer.Equals(type.Name, name) && !type.Attributes.IsNested() && reader.StringComparer.Equals(type.Namespace, @namespace))
            {
                return handle;
            }
        }

        return default;
    }

    /// <summary>
    /// Every public top-level type named <paramref name="name"/> in any namespace, as the same scan as
    /// <see cref="Find"/> finds them; most assemblies have none.
    /// </summary>
    public static IEnumerable<TypeDefinitionHandle> FindPublicInAnyNamespace(MetadataReader reader, string name)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (reader.StringComparer.Equals(type.Name, name) && (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
            {
                yield return handle;
            }
        }
    }

    /// <summary>
    /// Whether the type carries <c>[System.CodeDom.Compiler.GeneratedCode(<paramref name="tool"/>, …)]</c>, read from its
    /// custom attribute rows: the attribute's type by name, its first argument from the value blob.
    /// </summary>
    public static bool HasGeneratedCodeAttribute(MetadataReader reader, TypeDefinitionHandle type, string tool)
    {
        foreach (var handle in reader.GetTypeDefinition(type).GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsType(reader, AttributeType(reader, attribute.Constructor), "System.CodeDom.Compiler", "GeneratedCodeAttribute"))
            {
                continue;
            }

            // ECMA-335 II.23.3: the prolog 0x0001, then the fixed arguments; the first is the tool's name as a SerString.
            var value = reader.GetBlobReader(attribute.Value);
            if (value.Length > 2 && value.ReadUInt16() == 1 && string.Equals(value.ReadSerializedString(), tool, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="reference"/> is an assembly file named one of <paramref name="fileNames"/> (without extension), or an
    /// image with no file, which must be read to be known: a cheap test before a reference's metadata is read.
    /// </summary>
    public static bool MayBe(MetadataReference reference, string[] fileNames)
    {
        if (reference is not PortableExecutableReference { FilePath: { } path })
        {
            return reference is PortableExecutableReference;
        }

        var name = Path.GetFileNameWithoutExtension(path);
        return Array.Exists(fileNames, candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether <paramref name="reference"/> is a reference assembly of a .NET targeting pack (<c>…/packs/Microsoft.NETCore.App.Ref/…</c>,
    /// <c>NETStandard.Library.Ref</c>, the .NET Framework reference assemblies): none of them holds a consumer's types.
    /// </summary>
    public static bool IsTargetingPack(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference { FilePath: { } path })
        {
            return false;
        }

        var normalized = path.Replace('\\', '/');
        return (normalized.IndexOf("/packs/", StringComparison.OrdinalIgnoreCase) >= 0 && normalized.IndexOf(".Ref/", StringComparison.OrdinalIgnoreCase) >= 0)
               || normalized.IndexOf("/microsoft.netframework.referenceassemblies", StringComparison.OrdinalIgnoreCase) >= 0
               || normalized.IndexOf("/Reference Assemblies/Microsoft/Framework/", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>Whether the assembly defines the public type, or forwards it to another assembly (a facade).</summary>
    public static bool DefinesOrForwardsPublic(MetadataReader reader, string @namespace, string name)
    {
        if (Find(reader, @namespace, name) is { IsNil: false } handle)
        {
            return (reader.GetTypeDefinition(handle).Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public;
        }

        foreach (var exported in reader.ExportedTypes)
        {
            var type = reader.GetExportedType(exported);
            if (type.IsForwarder && reader.StringComparer.Equals(type.Name, name) && reader.StringComparer.Equals(type.Namespace, @namespace))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the type has a public instance or static property named <paramref name="property"/> (its getter is public).</summary>
    public static bool HasPublicProperty(MetadataReader reader, TypeDefinitionHandle type, string property)
    {
        foreach (var handle in reader.GetTypeDefinition(type).GetProperties())
        {
            var definition = reader.GetPropertyDefinition(handle);
            if (reader.StringComparer.Equals(definition.Name, property)
                && definition.GetAccessors().Getter is { IsNil: false } getter
                && (reader.GetMethodDefinition(getter).Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type that declares an attribute's constructor: a reference to another assembly's, or one of this assembly's.</summary>
    private static EntityHandle AttributeType(MetadataReader reader, EntityHandle constructor)
        => constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
            _ => default,
        };

    private static bool IsType(MetadataReader reader, EntityHandle type, string @namespace, string name)
        => type.Kind switch
        {
            HandleKind.TypeReference => reader.GetTypeReference((TypeReferenceHandle)type) is var reference
                                        && reader.StringComparer.Equals(reference.Name, name) && reader.StringComparer.Equals(reference.Namespace, @namespace),
            HandleKind.TypeDefinition => reader.GetTypeDefinition((TypeDefinitionHandle)type) is var definition
                                         && reader.StringComparer.Equals(definition.Name, name) && reader.StringComparer.Equals(definition.Namespace, @namespace),
            _ => false,
        };

    private static bool IsNested(this TypeAttributes attributes)
        => (attributes & TypeAttributes.VisibilityMask) is not (TypeAttributes.Public or TypeAttributes.NotPublic);
}
