using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FocalPhotoFrames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PhotoFrames",
                columns: table => new
                {
                    PhotoPath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FocusX = table.Column<int>(type: "integer", nullable: false),
                    FocusY = table.Column<int>(type: "integer", nullable: false),
                    CropLeft = table.Column<int>(type: "integer", nullable: false),
                    CropTop = table.Column<int>(type: "integer", nullable: false),
                    CropRight = table.Column<int>(type: "integer", nullable: false),
                    CropBottom = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhotoFrames", x => x.PhotoPath);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PhotoFrames");
        }
    }
}
