using System.Diagnostics.CodeAnalysis;

// "Shared" is a Visual Basic keyword; this namespace is the folder's name and is only ever used from C# test code.
[assembly: SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Scope = "namespace",
    Target = "~N:SparkAds.Analyzers.Tests.Shared",
    Justification = "C#-only test host; the namespace follows its folder.")]

namespace SparkAds.Analyzers.Tests.Shared;
