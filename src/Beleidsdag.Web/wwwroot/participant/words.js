/* Built from src/Beleidsdag.Web/phone/ by scripts/build-phone.mjs (npm run build:phone): do not edit. */
import{editAnswer as u,fieldValue as i,html as s,MAX_WORDS as a,submitAnswer as $,submitArea as p,tooManyWords as f,WORD_LENGTH as m}from"./app.js";var x=e=>[...e.currentTarget.closest(".words")?.querySelectorAll("input")??[]].map(r=>r.value);function y(e,r,d){let l=o=>u(e,{optionIds:[],values:{},texts:x(o)}),c=(o,t)=>{if(o.key!=="Enter")return;o.preventDefault();let n=document.querySelector(`[data-testid="word-${t+1}"]`);t<a-1&&n?n.focus():$(e)};return s`
    <p class="hint">${`Typ tot ${a} woorden, één per vakje. Een korte woordgroep mag ook.`}</p>
    <div class="form words">${Array.from({length:a},(o,t)=>s`
      <input class="text-input word" type="text" data-testid=${`word-${t}`} maxlength=${m} autocomplete="off"
        autocapitalize="none" autocorrect="off" enterkeyhint=${t<a-1?"next":"send"} placeholder=${`Woord ${t+1}`}
        aria-label=${`Woord ${t+1}`} aria-invalid=${String(f(d.texts[t]))} ?disabled=${!r}
        .value=${i(d.texts[t])} @input=${l} @keydown=${n=>c(n,t)}>`)}</div>
    ${p(e,r,d)}`}export{y as wordsForm};
