// Starts Swagger UI on this server's own API description. A file of its own, not the inline
// script of Swagger UI's index page, so the page's Content-Security-Policy (script-src 'self') holds.
window.ui = SwaggerUIBundle({
  url: '/api/openapi.yaml',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  // the page keeps a read token for the session (see web/auth.js); offer it to "Try it out"
  onComplete: () => {
    const token = sessionStorage.getItem('briefings.token');
    if (token) window.ui.preauthorizeApiKey('bearerAuth', token);
  },
});
document.documentElement.dataset.ready = 'true';
