# The listening form's interface text, Portuguese.
# Reviewed: no (machine translation by the Chorus team); needs review by a fluent speaker.

continue = Continuar
skip-question = Saltar esta pergunta
back = Voltar
check-title = Verifique as suas respostas antes de as enviar
change = Alterar
not-answered = Sem resposta
send = Enviar as suas respostas
sending = A enviar as suas respostas…
sending-slow = Ainda estamos a enviar as suas respostas. Em alguns telemóveis, isto demora alguns segundos.
done-title = Obrigado, as suas respostas foram contabilizadas
done-body = Guardamos apenas a contagem das respostas que as pessoas escolhem e, em separado, o que tiver escrito por palavras suas. Nada do que guardamos diz quem é nem liga as suas respostas entre si.
error-summary-title = Há um problema
error-prefix = Erro:
error-not-sent = As suas respostas ainda não foram contabilizadas. Verifique a ligação à internet e tente novamente. Se voltar a acontecer, o formulário pode ter sido alterado depois de o ter aberto: abra-o de novo desde o início.

# On "Check your answers" when the form checks that answers come from a person, not a
# program (proof of work), and that check failed twice: nothing was counted, and the answers
# are still on the page.
error-check-failed = As suas respostas não foram contabilizadas. Este formulário verifica se as respostas vêm de uma pessoa e não de um programa de computador, e desta vez essa verificação não funcionou. As suas respostas continuam aqui: tente enviá-las novamente.

# Shown above each question. $number is this question's position, $total how many there are.
question-progress = Pergunta { $number } de { $total }

# Under a text box whose answer is too long. $max is the limit in characters.
error-too-long = { $max ->
    [one] A sua resposta deve ter, no máximo, { $max } carácter
    [many] A sua resposta deve ter, no máximo, { $max } caracteres
   *[other] A sua resposta deve ter, no máximo, { $max } caracteres
}

# Under checkboxes when more are ticked than allowed. $max is how many may be ticked.
error-too-many = { $max ->
    [one] Selecione apenas { $max } opção
    [many] Selecione, no máximo, { $max } opções
   *[other] Selecione, no máximo, { $max } opções
}

# Shown by the server (not the widget) for a link to a form or page that does not exist.
page-not-found-title = Página não encontrada
page-not-found-body = Verifique o link que recebeu. Se o escreveu à mão, confirme que está escrito corretamente.

# Shown by the server (not the widget) when answers sent without JavaScript came from an
# internet connection that has sent too many in a short time: nothing was counted, and the page
# has a "send" button to try again. $minutes is how long to wait (at least 1).
rate-limited-title = As suas respostas ainda não foram contabilizadas
rate-limited-body = { $minutes ->
    [one] Foram enviadas demasiadas respostas a partir desta ligação à internet num curto espaço de tempo, talvez por outras pessoas que usam a mesma rede Wi-Fi. Aguarde { $minutes } minuto e depois volte a enviar as suas respostas.
    [many] Foram enviadas demasiadas respostas a partir desta ligação à internet num curto espaço de tempo, talvez por outras pessoas que usam a mesma rede Wi-Fi. Aguarde { $minutes } minutos e depois volte a enviar as suas respostas.
   *[other] Foram enviadas demasiadas respostas a partir desta ligação à internet num curto espaço de tempo, talvez por outras pessoas que usam a mesma rede Wi-Fi. Aguarde { $minutes } minutos e depois volte a enviar as suas respostas.
}
not-saved-body = Não conseguimos guardar as suas respostas neste momento devido a um problema do nosso lado. As suas respostas continuam nesta página: aguarde alguns minutos e depois envie-as novamente.

poster-invitation = Dê a sua opinião: leia o código com a câmara do seu telemóvel.
poster-promise = É anónimo: não pedimos o seu nome e ninguém pode saber quem disse o quê.
poster-also = Também pode responder em:
poster-qr-label = Código QR: leia-o com a câmara do seu telemóvel para abrir o formulário
poster-type-link = Ou escreva este endereço:
invite-card-label = O seu código de convite
invite-card-how = Leia o código QR com a câmara do telemóvel ou escreva este endereço e, depois, escreva o seu código na primeira página:
invite-card-promise = Este código permite-lhe responder uma vez. Não está ligado às suas respostas.
invite-card-use-by = Válido até:

## The start page

start-now = Começar agora
# $minutes is about how long the form takes.
start-time = { $minutes ->
    [one] Demora cerca de { $minutes } minuto.
    [many] Demora cerca de { $minutes } minutos.
   *[other] Demora cerca de { $minutes } minutos.
}
start-skip = Pode saltar qualquer pergunta e parar a qualquer momento.
start-anonymous-title = Anónimo: o que isto significa
start-anonymous-body = Não pedimos o seu nome nem nada que diga quem é. Não guardamos o seu endereço de internet e não usamos cookies.
start-kept-body = Quando envia as suas respostas, cada escolha é somada a uma contagem, como um risco numa folha. O que escrever por palavras suas é guardado à parte das outras respostas, para que ninguém possa voltar a juntar as suas respostas.
start-no-reply = Como não sabemos quem é, ninguém pode responder ao que escrever.
# Invite-only forms (a closed session): the code from a printed card, asked for on the
# start page, and on the check page when it was missing or refused.
invite-label = O seu código de convite
invite-hint = O código que está no cartão que recebeu, por exemplo ABCD-EFGH. Não está ligado às suas respostas.
invite-missing = Introduza o código de convite do cartão que recebeu
invite-refused = Este código de convite já foi usado ou não está correto. Verifique-o ou peça outro à pessoa que está a orientar a sessão.

## On every page

get-help = Obter ajuda agora
leave-page = Sair desta página
leave-page-hint = Ou prima a tecla Esc três vezes.

## When the device is offline at the end

done-queued-title = As suas respostas estão guardadas neste dispositivo
done-queued-body = Ainda não foram enviadas porque a ligação falhou. Serão enviadas automaticamente quando este dispositivo voltar a ter ligação à internet, mesmo que feche esta página, desde que volte a abrir este formulário neste dispositivo no prazo de sete dias. Não é guardado mais nada.
done-refused-title = Não foi possível contabilizar as suas respostas
done-refused-body = As respostas guardadas neste dispositivo foram enviadas, mas o formulário foi alterado depois de ter respondido, por isso não puderam ser contabilizadas. Foram apagadas deste dispositivo.
start-help-below = Se precisar de ajuda agora, veja mais abaixo.

## Save and finish later (on this device only)

save-later = Guardar e terminar mais tarde
save-later-unavailable = Para guardar as suas respostas e terminar mais tarde, é preciso JavaScript, que não está a funcionar nesta página. Pode, ainda assim, responder a todas as perguntas e enviar as suas respostas.
saved-title = As suas respostas estão guardadas neste dispositivo
# $days is how long the device keeps them.
saved-body = { $days ->
    [one] Não foram enviadas a ninguém. Ficam guardadas apenas neste dispositivo, durante { $days } dia, e depois são apagadas.
    [many] Não foram enviadas a ninguém. Ficam guardadas apenas neste dispositivo, durante { $days } dias, e depois são apagadas.
   *[other] Não foram enviadas a ninguém. Ficam guardadas apenas neste dispositivo, durante { $days } dias, e depois são apagadas.
}
saved-return = Para terminar, volte a abrir este formulário neste dispositivo. Vamos perguntar-lhe se quer continuar de onde parou.
continue-answering = Continuar a responder
resume-title = Tem respostas guardadas neste dispositivo
resume-body = Começou a responder a este formulário neste dispositivo. As suas respostas ainda não foram enviadas.
resume-continue = Continuar de onde parou
resume-restart = Começar de novo
forget-device = Apagar as minhas respostas deste dispositivo
draft-removed = As suas respostas foram apagadas deste dispositivo.

## Free-text questions

text-hint = A sua resposta é anónima, por isso ninguém lhe pode responder.
# After text-hint, on forms that have a support block.
help-pointer = Se precisar de ajuda agora, use “Obter ajuda agora” no topo da página.
# $max is the limit in characters.
text-limit = Pode escrever até { $max } caracteres
# The live character count. $count is how many are left, or how many too many.
# In CLDR "pt", 0 is [one] as well as 1, so the [one] text of chars-left must read well with 0.
chars-left = { $count ->
    [one] Caracteres restantes: { $count }
    [many] Restam { $count } caracteres
   *[other] Restam { $count } caracteres
}
chars-over = { $count ->
    [one] Há { $count } carácter a mais
    [many] Há { $count } caracteres a mais
   *[other] Há { $count } caracteres a mais
}
# The text box under an "Other" option.
other-label = Por favor, diga-nos

## Languages

# The accessible name of the list of languages on every page.
language-nav = Escolha um idioma

# Said to screen readers with the progress. $count is how many questions come after this one.
questions-left = { $count ->
    [0] Esta é a última pergunta
    [one] Falta { $count } pergunta
    [many] Faltam { $count } perguntas
   *[other] Faltam { $count } perguntas
}

identify-title = A sua resposta pode revelar quem é alguém
identify-body = Parece incluir um dado como um número de telefone, um endereço de email ou de casa, um código postal, ou um número do NHS ou da National Insurance. Assinalámo-lo abaixo. Qualquer pessoa que leia as respostas pode usá-lo para saber quem a escreveu ou sobre quem é.
identify-remove = Remover os dados assinalados
identify-keep = Manter a minha resposta como está
names-reminder = Por favor, não inclua o nome de ninguém, nem o seu.

done-limited-body = Chegaram muitas respostas desta ligação à internet na última hora (talvez muitas pessoas a partilhem), por isso as suas serão enviadas um pouco mais tarde, sozinhas. Serão enviadas mesmo que feche esta página, desde que volte a abrir este formulário neste dispositivo no prazo de 7 dias. Não se guarda mais nada.

privacy-title = Como as suas respostas ficam anónimas
privacy-summary = O Chorus não pergunta quem é. Não guarda o seu nome, o seu endereço de internet, cookies nem a hora a que respondeu, apenas o dia. Cada escolha que faz é somada a uma contagem, como um risco numa folha, e o que escreve por palavras suas é guardado à parte, sem ligação às suas outras respostas. Assim, ninguém, nem mesmo quem gere este formulário, consegue saber quem disse o quê. Os resultados só são partilhados quando responderam pessoas suficientes, e os números pequenos ficam escondidos. Por favor, não inclua o seu nome nem o de outras pessoas.
privacy-back = Voltar ao formulário

feedback-title = Vocês disseram, nós fizemos
feedback-you-said = Vocês disseram:
feedback-we-did = Nós fizemos:
feedback-all = Veja tudo o que fizemos depois de ouvir
feedback-intro = O que as pessoas nos disseram e o que fizemos em relação a isso. Obrigado a todas as pessoas que responderam.
feedback-none = Ainda não há nada aqui. Quando tivermos agido com base no que as pessoas nos disseram, diremos aqui.

form-closed-title = Este formulário está fechado
form-closed-body = Já não recebe respostas. Obrigado a todas as pessoas que partilharam a sua opinião.
form-not-open-title = Este formulário ainda não está aberto
form-not-open-body = Ainda não recebe respostas. Volte quando abrir.
