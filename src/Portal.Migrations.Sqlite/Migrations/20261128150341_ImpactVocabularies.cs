using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImpactVocabularies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The decision and follow-up vocabularies leave the site document for the Processes module's own row.
            migrationBuilder.Sql("INSERT INTO \"SiteSettings\" (\"Key\", \"Value\", \"ModifiedUtc\") SELECT 'vocabulaires', '{}', \"ModifiedUtc\" FROM \"SiteSettings\" WHERE \"Key\" = 'site' AND (json_extract(\"Value\", '$.decisions') IS NOT NULL OR json_extract(\"Value\", '$.followUpStatuses') IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM \"SiteSettings\" WHERE \"Key\" = 'vocabulaires')");
            migrationBuilder.Sql("UPDATE \"SiteSettings\" SET \"Value\" = json_set(\"Value\", '$.decisions', json((SELECT json_extract(s.\"Value\", '$.decisions') FROM \"SiteSettings\" s WHERE s.\"Key\" = 'site'))) WHERE \"Key\" = 'vocabulaires' AND (SELECT json_extract(s.\"Value\", '$.decisions') FROM \"SiteSettings\" s WHERE s.\"Key\" = 'site') IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"SiteSettings\" SET \"Value\" = json_set(\"Value\", '$.followUpStatuses', json((SELECT json_extract(s.\"Value\", '$.followUpStatuses') FROM \"SiteSettings\" s WHERE s.\"Key\" = 'site'))) WHERE \"Key\" = 'vocabulaires' AND (SELECT json_extract(s.\"Value\", '$.followUpStatuses') FROM \"SiteSettings\" s WHERE s.\"Key\" = 'site') IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"SiteSettings\" SET \"Value\" = json_remove(\"Value\", '$.decisions', '$.followUpStatuses') WHERE \"Key\" = 'site'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"SiteSettings\" SET \"Value\" = json_patch(\"Value\", (SELECT v.\"Value\" FROM \"SiteSettings\" v WHERE v.\"Key\" = 'vocabulaires')) WHERE \"Key\" = 'site' AND EXISTS (SELECT 1 FROM \"SiteSettings\" v WHERE v.\"Key\" = 'vocabulaires')");
            migrationBuilder.Sql("DELETE FROM \"SiteSettings\" WHERE \"Key\" = 'vocabulaires'");
        }
    }
}
