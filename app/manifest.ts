import type { MetadataRoute } from "next";

// The web app manifest: Kindly can be added to a phone's home screen. Its icons live in public/icons/.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Kindly",
    short_name: "Kindly",
    start_url: "/",
    // Sharing a profile link from a phone's social app opens advice with the platform chosen (issue 19);
    // the advice screen reads these parameters once and drops them from its address.
    share_target: { action: "/advice", method: "GET", params: { title: "title", text: "text", url: "url" } },
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#1c1917",
    icons: [
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
