using System;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.GeneratedApi;

/// <summary>
/// The generated types of one catalog as a compilation sees them, whether generated in it or in a referenced
/// assembly. Resolved once per compilation (or once per enum a switch uses); holds symbols, so it lives only as long
/// as the compilation-start action that made it.
/// </summary>
internal sealed class GeneratedTypes
{
    private GeneratedTypes(string @namespace, INamedTypeSymbol? errorEnum, INamedTypeSymbol? errorCodes, INamedTypeSymbol? errorKeys, INamedTypeSymbol? errors)
    {
        Namespace = @namespace;
        ErrorEnum = errorEnum;
        ErrorCodes = errorCodes;
        ErrorKeys = errorKeys;
        Errors = errors;
    }

    /// <summary>No catalog: what a project uses when several referenced catalogs leave its choice open.</summary>
    public static GeneratedTypes None { get; } = new(string.Empty, null, null, null, null);

    public string Namespace { get; }

    /// <summary><c>SparkAdsError</c>; null when the generator did not run (no catalog) or its output does not compile.</summary>
    public INamedTypeSymbol? ErrorEnum { get; }

    /// <summary><c>SparkAdsErrorCodes</c>, the <c>const int</c> per error.</summary>
    public INamedTypeSymbol? ErrorCodes { get; }

    /// <summary><c>SparkAdsErrorKeys</c>, the <c>const string</c> per error.</summary>
    public INamedTypeSymbol? ErrorKeys { get; }

    /// <summary><c>SparkAdsErrors</c>, with <c>TryParse</c>, <c>FromCode</c> and <c>Resolve</c>.</summary>
    public INamedTypeSymbol? Errors { get; }

    /// <summary>The generated types beside <paramref name="errorEnum"/>: same namespace, same assembly.</summary>
    public static GeneratedTypes Beside(INamedTypeSymbol errorEnum)
    {
        var ns = errorEnum.ContainingNamespace.ToDisplayString();
        var assembly = errorEnum.ContainingAssembly;
        return new GeneratedTypes(
            ns,
            errorEnum,
            assembly.GetTypeByMetadataName(MetadataName(ns, GeneratedNames.CodesClass)),
            assembly.GetTypeByMetadataName(MetadataName(ns, GeneratedNames.KeysClass)),
            assembly.GetTypeByMetadataName(MetadataName(ns, GeneratedNames.ErrorsClass)));
    }

    /// <summary>The generated types in <paramref name="namespace"/> of <paramref name="compilation"/> (generated here or referenced).</summary>
    public static GeneratedTypes In(Compilation compilation, string @namespace)
        => new(
            @namespace,
            compilation.GetTypeByMetadataName(MetadataName(@namespace, GeneratedNames.ErrorEnum)),
            compilation.GetTypeByMetadataName(MetadataName(@namespace, GeneratedNames.CodesClass)),
            compilation.GetTypeByMetadataName(MetadataName(@namespace, GeneratedNames.KeysClass)),
            compilation.GetTypeByMetadataName(MetadataName(@namespace, GeneratedNames.ErrorsClass)));

    /// <summary>The metadata name of the generated type <paramref name="typeName"/> in <paramref name="namespace"/>.</summary>
    public static string MetadataName(string @namespace, string typeName) => @namespace + "." + typeName;

    /// <summary>Whether <paramref name="type"/> is a <c>SparkAdsError</c> enum that this package generated (its <c>[GeneratedCode]</c> names our tool).</summary>
    public static bool IsGeneratedErrorEnum(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Enum || type.Name != GeneratedNames.ErrorEnum)
        {
            return false;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is
                {
                    Name: "GeneratedCodeAttribute",
                    ContainingNamespace: { Name: "Compiler", ContainingNamespace: { Name: "CodeDom", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } },
                }
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string tool
                && string.Equals(tool, GeneratedNames.Tool, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
