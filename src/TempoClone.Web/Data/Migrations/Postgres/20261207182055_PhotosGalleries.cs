using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PhotosGalleries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPhotoStory",
                table: "Articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PhotoStories",
                table: "Articles",
                columns: new[] { "PublishedAtUtc", "Id" },
                filter: "\"IsPhotoStory\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_PhotoStories",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "IsPhotoStory",
                table: "Articles");
        }
    }
}
