/* Chorus embed: puts a Chorus form in an <iframe> on a partner's page, sized to its content.
   <script async src="https://CHORUS-HOST/embed.js" data-form="demo" data-lang="cy"></script>
   The form runs on Chorus's own origin, so nothing on the partner's page can read what people
   type. Heights come only from that origin and frame, in steps of 80 px. */
(function () {
  var scripts = document.querySelectorAll('script[data-form][src$="/embed.js"]');
  for (var i = 0; i < scripts.length; i++) embed(scripts[i]);

  function embed(s) {
    if (s.getAttribute('data-chorus-done')) return;
    s.setAttribute('data-chorus-done', '1');
    var origin = new URL(s.src, location.href).origin;
    var query = [];
    ['lang', 'channel'].forEach(function (k) {
      var v = s.getAttribute('data-' + k);
      if (v) query.push(k + '=' + encodeURIComponent(v));
    });
    var frame = document.createElement('iframe');
    frame.src = origin + '/f/' + encodeURIComponent(s.getAttribute('data-form')) + (query.length ? '?' + query.join('&') : '');
    frame.title = s.getAttribute('data-title') || 'Anonymous listening form';
    frame.loading = 'lazy';
    frame.setAttribute('allow', "camera 'none'; microphone 'none'; geolocation 'none'; payment 'none'; usb 'none'");
    // The form learns which site it is on (the origin only, never the page), to size itself.
    frame.referrerPolicy = 'strict-origin';
    frame.style.cssText = 'display:block;width:100%;max-width:100%;height:720px;border:0;margin:0;padding:0;';
    s.parentNode.insertBefore(frame, s.nextSibling);
    window.addEventListener('message', function (e) {
      var d = e.data;
      if (e.origin !== origin || e.source !== frame.contentWindow || !d || d.chorus !== 'height') return;
      if (typeof d.height === 'number' && d.height > 0 && d.height < 20000) {
        frame.style.height = Math.ceil(d.height / 80) * 80 + 'px';
      }
    });
  }
})();
