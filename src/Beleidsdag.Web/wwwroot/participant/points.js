/* Built from src/Beleidsdag.Web/phone/ by scripts/build-phone.mjs (npm run build:phone): do not edit. */
import{cls as $,editAnswer as h,fieldValue as y,html as _,notify as v,plural as b,POINTS as d,submitArea as k,workingAnswer as w}from"./app.js";var c=5,m=t=>Object.values(t.values).reduce((s,a)=>s+a,0),f=(t,s)=>t<=0?"Je hebt geen punten meer over. Neem eerst punten weg bij een ander antwoord.":`Je hebt nog maar ${b(t,"punt","punten")}.${s>t?` Hier kan maximaal ${s}.`:""}`;function g(t,s,a){let n=w(t),i=d-m(n),e=n.values[s];if(a>0&&i<=0)return v(t,f(i,e));h(t,{...n,values:{...n.values,[s]:Math.max(0,e+Math.min(a,i))}}),a>i&&v(t,f(i,e+i))}function x(t,s,a){let n=w(t),i=d-m(n),e=n.values[s]+Math.max(0,i),o=a.value.replace(/\D/g,"").replace(/^0+(?=\d)/,""),r=o===""?0:Number(o),l=r>e;l&&(r=e);let u=o===""?"":String(r);a.value!==u&&(a.value=u),h(t,{...n,values:{...n.values,[s]:r}}),l&&v(t,f(i,e))}var p=t=>t.currentTarget;function S(t,s,a){let n=d-m(a),i=n===0?`Alle ${d} punten verdeeld ✓`:n>0?`Nog ${b(n,"punt","punten")} te verdelen`:`${b(-n,"punt","punten")} te veel verdeeld`;return _`
    <p class=${$("points-left",n===0&&"is-done")} data-testid="points-left" aria-live="polite">${i}</p>
    <div class="form points">${t.options.map((e,o)=>{let r=a.values[e.id];return _`<div class=${$("points__row",r>0&&"has-points")} data-testid=${`points-row-${e.id}`}>
        <label class="points__label" for=${`points-input-${o}`}>${e.label}</label>
        <div class="points__controls">
          <button type="button" class="points__step" data-testid=${`points-minus-${e.id}`} aria-label=${`${e.label}: ${c} punten minder`}
            ?disabled=${!s||r<=0} @click=${()=>g(t,e.id,-c)}>−</button>
          <input id=${`points-input-${o}`} class="points__input" type="text" inputmode="numeric" pattern="[0-9]*" maxlength="3"
            autocomplete="off" data-testid=${`points-${e.id}`} ?disabled=${!s} .value=${y(String(r))}
            @input=${l=>x(t,e.id,p(l))}
            @focus=${l=>{let u=p(l);setTimeout(()=>u.select(),0)}}
            @blur=${l=>{p(l).value===""&&(p(l).value="0")}}
            @keydown=${l=>{l.key==="Enter"&&(l.preventDefault(),p(l).blur())}}>
          <button type="button" class=${$("points__step",n<=0&&"is-spent")} data-testid=${`points-plus-${e.id}`}
            aria-label=${`${e.label}: ${c} punten meer`} ?disabled=${!s} @click=${()=>g(t,e.id,c)}>+</button>
        </div>
      </div>`})}</div>
    ${k(t,s,a)}`}export{S as pointsForm};
