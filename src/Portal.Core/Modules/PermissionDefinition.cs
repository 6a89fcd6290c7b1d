namespace Portal.Core.Modules;

/// <summary>
/// A named operation (an authorization policy of the same name) declared by the module that checks it,
/// with the roles that grant it. Pages ask « may this person do X », never « is this person in role Y ».
/// </summary>
public sealed record PermissionDefinition(string Name, string Description, IReadOnlyList<string> Roles);
