// Stylesheets are bundled by the apps (vite); to TypeScript they are side-effect modules.
declare module "*.css";
