/* Built from src/Beleidsdag.Web/phone/ by scripts/build-phone.mjs (npm run build:phone): do not edit. */
import{cls as r,editAnswer as s,fieldValue as c,html as x,submitArea as p,TEXT_LENGTH as a}from"./app.js";function m(n,o,t){let l=i=>s(n,{optionIds:[],values:{},texts:[i.currentTarget.value]}),e=document.getElementById("open-text"),d=(e===document.activeElement&&e?e.value:t.texts[0]).length;return x`
    <div class="form">
      <textarea class="text-input open-text" data-testid="open-text" id="open-text" maxlength=${a} rows="6"
        aria-label="Je antwoord" aria-describedby="open-text-count" placeholder="Typ hier je antwoord" ?disabled=${!o}
        .value=${c(t.texts[0])} @input=${l}></textarea>
      <p class=${r("text-count",d>=a-50&&"is-near")} id="open-text-count" data-testid="open-text-count">${`${d} / ${a}`}</p>
    </div>
    ${p(n,o,t)}`}export{m as textForm};
