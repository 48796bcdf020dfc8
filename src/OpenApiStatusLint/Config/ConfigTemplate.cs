namespace OpenApiStatusLint.Config;

/// <summary>The commented starter file that <c>statuslint init</c> writes.</summary>
public static class ConfigTemplate
{
    /// <summary>The file's text.</summary>
    public const string Text = """
        # statuslint configuration: https://github.com/openapistatuslint/statuslint#configuration
        # yaml-language-server: $schema=https://raw.githubusercontent.com/openapistatuslint/statuslint/main/schemas/statuslint.schema.json

        # Files to lint when the command line names none (globs, relative to this file).
        # Without it: every openapi.*, swagger.* and *.openapi.* YAML/JSON file below the current folder.
        # files: ["specs/**/*.yaml"]

        # Rule packs: http (RFC 9110), required (the required-response-codes guideline),
        # level3 (Level 3 REST profiles), recommended (= http + required).
        extends: [recommended]

        # Severity per rule: error, warning, note or off. `statuslint rules` lists the ids.
        rules:
          write-declares-409: note

        # Severities by file, path template and method; later entries win.
        overrides:
          - paths: ["/internal/**"]
            rules:
              secured-operation-declares-403: off

        # Level 3 profiles for path items that cannot carry x-level3-profiles.
        # level3:
        #   profiles:
        #     "/orders/*": [data, entity]

        # What `statuslint fix` inserts.
        # fix:
        #   errorSchema: Error
        #   problemDetails: false

        # Your own packs, in the format of statuslint's rules/*.yaml.
        # rulesFiles: [rules/team.yaml]

        # Ask the required and level3 packs' codes of webhooks and callbacks too (off: their responses are
        # the subscriber's). `webhooks:` is the older name of the same setting.
        # webhooksAndCallbacks: false
        """;
}
