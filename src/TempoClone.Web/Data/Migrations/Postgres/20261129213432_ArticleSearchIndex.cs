using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// PostgreSQL's counterpart of SQLite's FTS5 index: a text-search configuration tempo_search (the simple parser and
    /// dictionary, which lower-cases and does no stemming, behind unaccent, which folds accents, as FTS5's
    /// unicode61 remove_diacritics 2 does), a generated tsvector column (title weight A, summary B, body D) and a GIN
    /// index. The column is kept out of the EF model so loading an article never reads it.
    /// </summary>
    public partial class ArticleSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("CREATE TEXT SEARCH CONFIGURATION tempo_search (COPY = pg_catalog.simple);");
            migrationBuilder.Sql("ALTER TEXT SEARCH CONFIGURATION tempo_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;");
            migrationBuilder.Sql("""
                ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('tempo_search', "Title"), 'A') ||
                    setweight(to_tsvector('tempo_search', "Deck"), 'B') ||
                    setweight(to_tsvector('tempo_search', "BodyMarkdown"), 'D')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Articles_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS tempo_search;");
        }
    }
}
