using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.Diagnostics;

/// <summary>Every diagnostic the package reports, in one place. Each has a page under <c>docs/rules/</c>.</summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnhandledErrorsWithoutFallback = Create(
        DiagnosticIds.UnhandledErrorsWithoutFallback,
        "Switch does not handle every Spark Ads error",
        "This switch over Spark Ads errors does not handle {0}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "A switch over Spark Ads errors should handle every error of the catalog, or fall back to a default that handles the rest. Without one, an error added to the catalog goes unhandled.");

    public static readonly DiagnosticDescriptor ErrorsHandledOnlyByFallback = Create(
        DiagnosticIds.ErrorsHandledOnlyByFallback,
        "Spark Ads errors are handled only by a fallback",
        "This switch over Spark Ads errors handles {0} only through a fallback",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Info,
        "These errors reach a default, discard, relational, type or `not` arm that does not name them. Give them cases of their own if they need a remedy of their own.");

    public static readonly DiagnosticDescriptor UnknownErrorConstant = Create(
        DiagnosticIds.UnknownErrorConstant,
        "Constant is not a Spark Ads error",
        "{0} is not a Spark Ads error{1}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "The constant is used where a Spark Ads error key or code is expected, but no catalog row has it. It is most likely a typo.");

    public static readonly DiagnosticDescriptor CustomIdentitySelected = Create(
        DiagnosticIds.CustomIdentitySelected,
        "Custom Identity is being retired",
        "{0} selects Custom Identity (CUSTOMIZED_USER), which TikTok is retiring: use a TikTok account identity instead (TT_USER, AUTH_CODE, or BC_AUTH_TT with identity_authorized_bc_id)",
        DiagnosticCategories.Migration,
        DiagnosticSeverity.Warning,
        "TikTok is retiring Custom Identity: from January 2026 new campaigns must run from a verified TikTok account. Spark Ads use TT_USER (your linked account), AUTH_CODE (a creator's post code) or BC_AUTH_TT (an account authorised through Business Center, with identity_authorized_bc_id).");

    public static readonly DiagnosticDescriptor ErrorCodeConvertedToEnum = Create(
        DiagnosticIds.ErrorCodeConvertedToEnum,
        "TikTok error code converted to SparkAdsError",
        "`{0}` is a TikTok error code, but a SparkAdsError value is a hash of its key, not a code: use SparkAdsErrors.Resolve(null, code)",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "A cast or Enum.ToObject keeps the number: it finds the member whose value it is, never the error with that code. A SparkAdsError value is a hash of its key, the same in every project and catalog version, so a value stored as (int)error reads back as the same error, but (SparkAdsError)4025 is no member at all (every lookup reads it as Unknown). SparkAdsErrors.Resolve(null, code) finds the error by its code.");

    public static readonly DiagnosticDescriptor ErrorKeyParsedAsMemberName = Create(
        DiagnosticIds.ErrorKeyParsedAsMemberName,
        "TikTok error key parsed as a SparkAdsError member name",
        "`{0}` is a TikTok error key, but Enum.{1} reads SparkAdsError member names (AuthCodeExpired), never keys (auth_code_expired): use SparkAdsErrors.{2}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "TikTok sends snake_case keys; the enum's members are their PascalCase names. Enum.Parse throws and Enum.TryParse fails for every key TikTok sends that has a '_'. SparkAdsErrors.TryParse and Resolve read keys.");

    public static readonly DiagnosticDescriptor MemberNameUsedAsKey = Create(
        DiagnosticIds.MemberNameUsedAsKey,
        "SparkAdsError member name used as a TikTok error key",
        "`{0}` is a SparkAdsError member name, but it is {1} a TikTok error key: use {2}",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Warning,
        "ToString(), Enum.GetName and nameof give the PascalCase member name (AuthCodeExpired), never the snake_case key TikTok sends (auth_code_expired): a comparison with a key is never true, and a lookup by key finds nothing. GetKey() and the SparkAdsErrorKeys constants give the key.");

    public static readonly DiagnosticDescriptor CatalogUnreadable = Create(
        DiagnosticIds.CatalogUnreadable,
        "Spark Ads catalog cannot be read",
        "The Spark Ads catalog '{0}' cannot be used: {1}",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "The catalog file is missing, unreadable or empty. None of its rows are generated.");

    public static readonly DiagnosticDescriptor CatalogMalformedCsv = Create(
        DiagnosticIds.CatalogMalformedCsv,
        "Malformed CSV in Spark Ads catalog",
        "Malformed CSV: {0}",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "The catalog must be RFC 4180 CSV: a field with a comma, quote or line break is quoted as a whole, and quotes inside it are doubled.");

    public static readonly DiagnosticDescriptor CatalogMissingColumn = Create(
        DiagnosticIds.CatalogMissingColumn,
        "Spark Ads catalog lacks a required column",
        "The catalog's header has no '{0}' column; no row of this file is generated",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "The header row must name the columns key, message and remedy (any order, any case); code, kind, status and replaced_by are optional.");

    public static readonly DiagnosticDescriptor CatalogDuplicateKey = Create(
        DiagnosticIds.CatalogDuplicateKey,
        "Duplicate Spark Ads error key",
        "Key '{0}' is already defined {1}; this row is skipped",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "A key must be unique across all catalogs, the built-in one included.");

    public static readonly DiagnosticDescriptor CatalogInvalidKey = Create(
        DiagnosticIds.CatalogInvalidKey,
        "Spark Ads error key cannot become an identifier",
        "Key '{0}' cannot become an enum member: use letters, digits and '_', starting with a letter; the row is skipped",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "Each key becomes an enum member named by the PascalCase of its '_'-separated words.");

    public static readonly DiagnosticDescriptor CatalogMemberNameCollision = Create(
        DiagnosticIds.CatalogMemberNameCollision,
        "Two Spark Ads error keys give one member name",
        "Key '{0}' gives the member name '{1}', which {2} already has; this row is skipped",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "Keys that differ only in case or in '_' placement give the same enum member name.");

    public static readonly DiagnosticDescriptor CatalogInvalidCode = Create(
        DiagnosticIds.CatalogInvalidCode,
        "Spark Ads error code is not a 32-bit integer",
        "Code '{0}' is not a 32-bit integer; the row is skipped",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "The code column holds TikTok's numeric error code, or nothing where TikTok gives none.");

    public static readonly DiagnosticDescriptor CatalogEmptyField = Create(
        DiagnosticIds.CatalogEmptyField,
        "Required Spark Ads catalog field is empty",
        "The '{0}' field is empty; the row is skipped",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "Every row needs a key, a message and a remedy.");

    public static readonly DiagnosticDescriptor CatalogUnknownKind = Create(
        DiagnosticIds.CatalogUnknownKind,
        "Unknown Spark Ads error kind",
        "Unknown kind '{0}': use 'user' or 'system'; the row is kept as 'user'",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Warning,
        "The kind column is 'user' (the default) or 'system' (a backend failure: retry later).");

    public static readonly DiagnosticDescriptor CatalogWhitespaceTrimmed = Create(
        DiagnosticIds.CatalogWhitespaceTrimmed,
        "Whitespace trimmed in Spark Ads catalog",
        "Whitespace around the {0} '{1}' was trimmed",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Warning,
        "Keys, codes, kinds, statuses and replaced_by keys are trimmed; messages and remedies are kept exactly as written.");

    public static readonly DiagnosticDescriptor CatalogDuplicateColumn = Create(
        DiagnosticIds.CatalogDuplicateColumn,
        "Spark Ads catalog names a column twice",
        "The catalog's header names the '{0}' column again (first at {1}); no row of this file is generated",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "Each of the columns key, code, message, remedy, kind, status and replaced_by, and each typed team column, may appear once in the header (names compare case-insensitively). With two, which one is meant cannot be told.");

    public static readonly DiagnosticDescriptor CatalogUnknownStatus = Create(
        DiagnosticIds.CatalogUnknownStatus,
        "Unknown Spark Ads error status",
        "Unknown status '{0}': use 'active' or 'retired'; the row is kept as 'active'",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Warning,
        "The status column is 'active' (the default) or 'retired' (TikTok no longer sends the key; the member is generated [Obsolete] and no switch owes it).");

    public static readonly DiagnosticDescriptor CatalogReplacementNotActive = Create(
        DiagnosticIds.CatalogReplacementNotActive,
        "Spark Ads error replacement names no active key",
        "Key '{0}' is replaced by '{1}', which leads to no active key: {2}; the row is generated retired, without a replacement",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Warning,
        "The replaced_by column of a retired row names the key of the active error that replaces it, in any catalog. Through other retired keys the chain must end at an active key.");

    public static readonly DiagnosticDescriptor CatalogReplacementLoop = Create(
        DiagnosticIds.CatalogReplacementLoop,
        "Spark Ads error replacements form a loop",
        "The replacement chain of '{0}' loops ({1}); the row is generated retired, without a replacement",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Warning,
        "Following replaced_by from a retired key must reach an active key; a chain that comes back to where it started names no replacement.");

    public static readonly DiagnosticDescriptor CatalogReplacementOnActiveRow = Create(
        DiagnosticIds.CatalogReplacementOnActiveRow,
        "Active Spark Ads error names a replacement",
        "Key '{0}' is active, so its replaced_by '{1}' is ignored: set its status to 'retired', or clear the cell",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Warning,
        "Only a retired row is replaced. An active row with a replaced_by key most likely lacks status 'retired'.");

    public static readonly DiagnosticDescriptor CatalogNotUtf8 = Create(
        DiagnosticIds.CatalogNotUtf8,
        "Spark Ads catalog is not saved as UTF-8",
        "This character is not valid UTF-8 (it reads as U+FFFD), so the file was saved in another encoding, such as Windows-1252 by Excel's 'CSV (Comma delimited)': save it as 'CSV UTF-8 (Comma delimited)' in Excel, or as 'Text CSV' with the character set 'Unicode (UTF-8)' in LibreOffice Calc; {0}",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "A catalog is UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark. Bytes that are not valid UTF-8 reach the generator as replacement characters (U+FFFD); a row holding one is not generated, so none reaches the product. Reported once per file, at the first such character.");

    public static readonly DiagnosticDescriptor CatalogSeparatorNotFound = Create(
        DiagnosticIds.CatalogSeparatorNotFound,
        "Spark Ads catalog header names no known column",
        "The catalog's header '{0}' names no column of the schema when split at {1}{2}; no row of this file is generated",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "Fields are separated by ',', ';' or a tab, told from the header row (the one that names the most of the columns key, code, message, remedy, kind, status and replaced_by), or by the character an Excel 'sep=' first line names. A header in which no separator finds any of them is most likely split at another character, or is not a header.");

    public static readonly DiagnosticDescriptor CatalogTeamCellInvalid = Create(
        DiagnosticIds.CatalogTeamCellInvalid,
        "Spark Ads team column cell does not hold its type",
        "The '{0}' cell '{1}' is not {2}; it reads as empty",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Warning,
        "A typed team column's cell holds a value of its type or nothing: a bool column true or false (any case), an int column a 32-bit integer in digits, with '-' for a negative one. Another value reads as empty (its lookup returns null for the row); the row is generated.");

    public static readonly DiagnosticDescriptor CatalogTeamColumnTypeUnknown = Create(
        DiagnosticIds.CatalogTeamColumnTypeUnknown,
        "Unknown Spark Ads team column type",
        "The column '{0}' has the unknown type '{1}': use bool, int or text (any case), or take the ':' out of a column of notes; the column is ignored",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Warning,
        "A header 'name:type' declares a typed team column, which generates a lookup; the types are bool, int and text. A column with another type is ignored, as columns without a type are.");

    public static readonly DiagnosticDescriptor CatalogTeamColumnTypeConflict = Create(
        DiagnosticIds.CatalogTeamColumnTypeConflict,
        "Spark Ads team column has two types",
        "The column '{0}' is {1} here but {2} at {3}: give it one type in every catalog; this file's '{0}' cells are not read",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "A team column is one column across every catalog of the build (names compare case-insensitively), with one lookup of one type. The first catalog that declares it (the built-in catalog, then the team catalogs by path) gives the type; a catalog that gives another is not read for that column, so its rows would read null there.");

    public static readonly DiagnosticDescriptor CatalogTeamColumnNameInvalid = Create(
        DiagnosticIds.CatalogTeamColumnNameInvalid,
        "Spark Ads team column name cannot become a method name",
        "The column name '{0}' cannot become a method name: use letters, digits and '_', starting with a letter; the column is not read",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "A typed team column generates the lookup Get + the PascalCase of its name's '_'-separated words (http_status gives GetHttpStatus), so its name follows the rules of a key.");

    public static readonly DiagnosticDescriptor CatalogTeamColumnNameTaken = Create(
        DiagnosticIds.CatalogTeamColumnNameTaken,
        "Spark Ads team column lookup name is taken",
        "The column '{0}' would generate {1}(), which {2}; the column is not read",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "Each typed team column generates its own lookup on SparkAdsError. It cannot take the name of a lookup the package generates (GetKey, GetCode, GetMessage, GetRemedy), of a method every enum value has (GetType, GetHashCode, GetTypeCode: C# would call that one instead), or of another column's lookup (http_status and HttpStatus both give GetHttpStatus).");

    public static readonly DiagnosticDescriptor CatalogSchemaColumnTyped = Create(
        DiagnosticIds.CatalogSchemaColumnTyped,
        "Spark Ads schema column written with a type",
        "The column '{0}' gives the schema column '{1}' a type, which only team columns take: name it '{1}'; {2}",
        DiagnosticCategories.Catalog,
        DiagnosticSeverity.Error,
        "The columns key, code, message, remedy, kind, status and replaced_by have fixed meanings and types, and take no ':type'. A header such as 'code:int' is neither the code column nor a team column: the file is read without it.");

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        DiagnosticIds.InvalidNamespace,
        "SparkAdsNamespace is not a valid namespace",
        "SparkAdsNamespace '{0}' is not a valid C# namespace; the generated code uses '{1}'",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        "The MSBuild property SparkAdsNamespace names the namespace of the generated code: dot-separated C# identifiers, no keywords.");

    public static readonly DiagnosticDescriptor CatalogNamespaceTaken = Create(
        DiagnosticIds.CatalogNamespaceTaken,
        "A referenced project already generates the Spark Ads catalog in this namespace",
        "Referenced assembly '{0}' already exposes the Spark Ads catalog types in namespace '{1}', so this project's catalogs are not generated; set <SparkAdsNamespace> to another namespace to generate them here, or move their rows into the catalog of '{0}'",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Error,
        "One catalog per namespace: a project that references an assembly exposing the generated catalog types in the namespace it would generate uses those types. When the project also adds catalogs of its own, generating them in the same namespace would hide or clash with the referenced types (CS0436, CS0266), so nothing is generated and this error says what to change.");

    public static readonly DiagnosticDescriptor SeveralReferencedCatalogs = Create(
        DiagnosticIds.SeveralReferencedCatalogs,
        "Several referenced assemblies expose a Spark Ads catalog",
        "This project references several assemblies that expose the Spark Ads catalog types ({0}), so it generates none and uses none of them as its own; set <SparkAdsNamespace> to the namespace of the catalog this project uses",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        "A project that adds no catalog of its own and sets no SparkAdsNamespace uses the catalog of the assembly it references. With two such references it cannot know which one its code means: it generates nothing, and integer and string switches are checked against no catalog until SparkAdsNamespace names one. Switches over either SparkAdsError are still checked against that type's own catalog.");

    /// <summary>The faults located in a catalog file, which the analyzer of that file reports (not SPARK110: it concerns a property).</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> CatalogFaults = ImmutableArray.Create(
        CatalogUnreadable,
        CatalogMalformedCsv,
        CatalogMissingColumn,
        CatalogDuplicateKey,
        CatalogInvalidKey,
        CatalogMemberNameCollision,
        CatalogInvalidCode,
        CatalogEmptyField,
        CatalogUnknownKind,
        CatalogWhitespaceTrimmed,
        CatalogDuplicateColumn,
        CatalogNamespaceTaken,
        CatalogUnknownStatus,
        CatalogReplacementNotActive,
        CatalogReplacementLoop,
        CatalogReplacementOnActiveRow,
        CatalogNotUtf8,
        CatalogSeparatorNotFound,
        CatalogTeamCellInvalid,
        CatalogTeamColumnTypeUnknown,
        CatalogTeamColumnTypeConflict,
        CatalogTeamColumnNameInvalid,
        CatalogTeamColumnNameTaken,
        CatalogSchemaColumnTyped);

    /// <summary>Every descriptor of the package: the code rules, SPARK110 and SPARK125 (about the project, at no file), and the catalog faults.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        UnhandledErrorsWithoutFallback,
        ErrorsHandledOnlyByFallback,
        UnknownErrorConstant,
        CustomIdentitySelected,
        ErrorCodeConvertedToEnum,
        ErrorKeyParsedAsMemberName,
        MemberNameUsedAsKey,
        InvalidNamespace,
        SeveralReferencedCatalogs).AddRange(CatalogFaults);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateIndex();

    public static DiagnosticDescriptor GetById(string id) => ById[id];

    private static Dictionary<string, DiagnosticDescriptor> CreateIndex()
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in All)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, helpLinkUri: DiagnosticIds.HelpLinkBase + id + ".md");
}
