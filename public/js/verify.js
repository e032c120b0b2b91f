// 核对文件: hash the chosen file in the browser (nothing is uploaded) and compare with the record's hashes.
(function () {
  var input = document.getElementById('verify-file');
  var out = document.getElementById('verify-result');
  if (!input || !out || !window.crypto || !window.crypto.subtle) return;
  var hashes = Array.prototype.map.call(document.querySelectorAll('code.hash'), function (el) { return el.getAttribute('data-hash'); });
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (!file) return;
    out.textContent = input.getAttribute('data-working');
    file.arrayBuffer().then(function (buf) { return window.crypto.subtle.digest('SHA-256', buf); }).then(function (digest) {
      var hex = Array.prototype.map.call(new Uint8Array(digest), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
      var ok = hashes.indexOf(hex) !== -1;
      out.textContent = (ok ? input.getAttribute('data-match') : input.getAttribute('data-mismatch')) + ' SHA-256: ' + hex;
      out.className = ok ? 'ok' : 'error';
    });
  });
})();
