"""The lessons inside the app (Help > Lessons): one page per lesson of the lecture notes,
in English and Korean, written for LayerLab: the claim, why it holds, and a Try it that
opens the experiment showing it, with what to look at.

Plain data, no Qt: the panel (gui/lessons_panel.py) shows it, the tests walk it.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import translate

LANGUAGES = {"en": "English", "ko": "한국어"}
HEADINGS = {  # of each page's three parts
    "en": ("The claim", "Why it holds", "Try it: what to look at"),
    "ko": ("주장", "왜 그런가", "해 보기: 무엇을 볼까"),
}
TRY = {"en": "&Try it", "ko": "해 보기(&T)"}  # the button
CHROME = {  # the panel's title, its language box's label, its Close button
    "en": ("Lessons", "Language:", "Close"),
    "ko": ("레슨", "언어:", "닫기"),
}


@dataclass(frozen=True)
class Lesson:
    key: str
    title: dict[str, str]
    claim: dict[str, str]
    why: dict[str, str]
    look: dict[str, str]  # what to look at once Try it has opened the experiment
    template: str  # the experiment Try it opens (core/model/templates.py)
    sweep: str = ""  # or the lesson sweep it starts (core/model/sweeps.py), if any
    view: str = "Activations"  # the view on the right it brings forward


LESSONS = (
    Lesson(
        "init",
        {"en": "1. Weight initialization", "ko": "1. 가중치 초기화"},
        {
            "en": "With weights drawn from N(0, 1), every sigmoid layer of a 5 x 100 network "
            "piles up at 0 and 1 before any training; Glorot (Xavier) initialization keeps "
            "every layer spread out.",
            "ko": "가중치를 N(0, 1)에서 뽑으면 5 x 100 시그모이드 신경망의 모든 층의 활성화 값이 "
            "학습 전부터 0과 1에 몰립니다. Glorot(Xavier) 초기화를 쓰면 모든 층의 값이 "
            "고르게 퍼집니다.",
        },
        {
            "en": "A unit adds up 100 inputs times 100 weights: with a standard deviation of "
            "1 the sum is large, and a sigmoid of a large number is 0 or 1. There its slope "
            "is nearly 0, so the gradient vanishes on its way back. Glorot scales the "
            "weights by 1/sqrt(inputs), so the sum stays near the sigmoid's middle. For "
            "ReLU use He initialization.",
            "ko": "뉴런 하나는 입력 100개와 가중치 100개의 곱을 더합니다. 표준편차가 1이면 합이 "
            "너무 커서 시그모이드 출력이 0이나 1이 되고, 그곳의 기울기는 거의 0이라 역전파되는 "
            "기울기가 사라집니다. Glorot는 가중치를 1/sqrt(입력 수)로 줄여 합이 시그모이드의 "
            "가운데 근처에 머물게 합니다. ReLU에는 He 초기화를 쓰세요.",
        },
        {
            "en": "The Activations tab: the histograms of layers 1-5 pile up at 0 and 1 "
            "(each says how much is saturated). Now set the layers' initializer to Glorot "
            "normal and watch them spread out; the Gradients tab shows the gradient "
            "shrinking towards the input, then not.",
            "ko": "활성화 탭: 1-5층의 히스토그램이 0과 1에 몰려 있습니다(포화 비율이 함께 "
            "표시됩니다). 이제 층들의 초기화를 Glorot normal로 바꾸고 값이 퍼지는 것을 "
            "보세요. 기울기 탭에서는 입력 쪽으로 갈수록 작아지던 기울기가 고르게 됩니다.",
        },
        "init_sigmoid_5x100",
    ),
    Lesson(
        "activations",
        {"en": "2. Activation functions", "ko": "2. 활성화 함수"},
        {
            "en": "Each activation bends the plane differently: tanh units draw soft, "
            "zero-centred boundaries; ReLU units cut the plane with straight folds, and a "
            "ReLU unit that outputs 0 everywhere is dead.",
            "ko": "활성화 함수마다 평면을 구부리는 방식이 다릅니다. tanh 뉴런은 0을 중심으로 "
            "부드러운 경계를 그리고, ReLU 뉴런은 평면을 곧게 접습니다. 어디서나 0을 내는 "
            "ReLU 뉴런은 죽은 뉴런입니다.",
        },
        {
            "en": "Sigmoid squeezes into [0, 1] and is not zero-centred; tanh is centred "
            "but still saturates; ReLU is cheap and does not saturate for positive inputs, "
            "but a unit pushed negative for every input gets no gradient and never recovers "
            "(Leaky ReLU and ELU keep a small slope there).",
            "ko": "시그모이드는 [0, 1]로 눌러 담고 0을 중심으로 하지 않습니다. tanh는 0 중심이지만 "
            "여전히 포화합니다. ReLU는 계산이 싸고 양수 입력에서 포화하지 않지만, 모든 입력에서 "
            "음수로 밀린 뉴런은 기울기를 받지 못해 다시 살아나지 못합니다(Leaky ReLU와 ELU는 "
            "그곳에 작은 기울기를 남깁니다).",
        },
        {
            "en": "The Graph view: each unit shows its own output over the plane. Press "
            "Train and watch the tanh units shape the spiral; then set the activations to "
            "ReLU and train again: straight folds, and the Diagnostics name any dead units.",
            "ko": "그래프 보기: 각 뉴런이 평면 위에서 자기 출력을 보여 줍니다. 학습을 누르고 tanh "
            "뉴런들이 나선을 만들어 가는 것을 보세요. 그다음 활성화 함수를 ReLU로 바꾸어 다시 "
            "학습하면 곧은 접힘이 보이고, 진단 탭이 죽은 뉴런을 알려 줍니다.",
        },
        "playground_spiral",
        view="Graph",
    ),
    Lesson(
        "batch_norm",
        {"en": "3. Batch normalization", "ko": "3. 배치 정규화"},
        {
            "en": "Batch normalization (after the weights, before the activation) makes a "
            "network learn faster and depend less on its initial weights.",
            "ko": "배치 정규화(가중치 다음, 활성화 함수 앞)를 넣으면 신경망이 더 빨리 학습하고 "
            "초기 가중치에 덜 민감해집니다.",
        },
        {
            "en": "Each mini-batch is rescaled to mean 0 and variance 1 before the "
            "activation, so every layer keeps receiving inputs in the same range while the "
            "layers before it change; larger steps stay stable.",
            "ko": "미니배치마다 활성화 함수 앞에서 평균 0, 분산 1로 다시 맞추므로, 앞의 층이 "
            "바뀌어도 각 층은 늘 같은 범위의 입력을 받습니다. 그래서 큰 학습 단계도 안정적입니다.",
        },
        {
            "en": "Try it trains the digits MLP twice, BatchNorm off and on, then opens "
            "them side by side: with BatchNorm the validation loss falls faster in the "
            "first epochs.",
            "ko": "해 보기는 숫자 MLP를 배치 정규화 없이 한 번, 넣고 한 번 학습한 뒤 나란히 "
            "엽니다. 배치 정규화를 넣은 쪽의 검증 손실이 처음 몇 에폭에서 더 빨리 떨어집니다.",
        },
        "digits_mlp",
        sweep="batch_norm",
    ),
    Lesson(
        "overfitting",
        {"en": "4. Over-fitting and regularization", "ko": "4. 과적합과 규제"},
        {
            "en": "A network can learn its training set by heart: the training loss keeps "
            "falling while the validation loss rises. Dropout, L2/L1 weight decay and early "
            "stopping hold it back.",
            "ko": "신경망은 학습 데이터를 외워 버릴 수 있습니다. 학습 손실은 계속 줄어드는데 검증 "
            "손실은 오릅니다. 드롭아웃, L2/L1 가중치 감쇠, 조기 종료가 이를 막습니다.",
        },
        {
            "en": "Dropout silences a random share of units at each step, so no unit can "
            "rely on another (an implicit ensemble); L2 shrinks every weight, L1 drives "
            "some to exactly zero; early stopping keeps the weights of the best "
            "validation epoch.",
            "ko": "드롭아웃은 매 단계 무작위로 일부 뉴런을 끄므로 어떤 뉴런도 다른 뉴런에 기댈 수 "
            "없습니다(암묵적 앙상블). L2는 모든 가중치를 줄이고 L1은 일부를 정확히 0으로 "
            "만듭니다. 조기 종료는 검증 성능이 가장 좋았던 에폭의 가중치를 남깁니다.",
        },
        {
            "en": "Try it trains the digits MLP with dropout 0, 0.2 and 0.5 and compares "
            "them: more dropout, a higher training loss and a training curve closer to the "
            "validation curve.",
            "ko": "해 보기는 숫자 MLP를 드롭아웃 0, 0.2, 0.5로 학습해 비교합니다. 드롭아웃이 "
            "클수록 학습 손실은 높고 학습 곡선이 검증 곡선에 가까워집니다.",
        },
        "digits_mlp",
        sweep="dropout",
    ),
    Lesson(
        "optimizers",
        {"en": "5. Optimizers and clipping", "ko": "5. 옵티마이저와 기울기 클리핑"},
        {
            "en": "Plain SGD crawls where momentum and Adam race; when unsure, use Adam. "
            "Clipping the gradient's norm keeps one bad batch from throwing the weights "
            "away.",
            "ko": "기본 SGD는 느리게 기어가고 모멘텀과 Adam은 빠르게 내려갑니다. 잘 모르겠으면 "
            "Adam을 쓰세요. 기울기의 노름을 자르면(클리핑) 나쁜 배치 하나가 가중치를 망치지 "
            "못합니다.",
        },
        {
            "en": "Momentum keeps a running direction, so it rolls through flat stretches "
            "and damps zig-zags; Adam also scales each weight's step by how large its "
            "gradients have been.",
            "ko": "모멘텀은 지나온 방향을 기억해 평평한 구간을 굴러 지나가고 지그재그를 줄입니다. "
            "Adam은 여기에 더해 각 가중치의 단계 크기를 그동안의 기울기 크기에 맞춥니다.",
        },
        {
            "en": "Try it trains the digits MLP with SGD, momentum and Adam (each at its "
            "own default rate) and compares the loss curves.",
            "ko": "해 보기는 숫자 MLP를 SGD, 모멘텀, Adam(각자의 기본 학습률)으로 학습해 손실 "
            "곡선을 비교합니다.",
        },
        "digits_mlp",
        sweep="optimizers",
    ),
    Lesson(
        "schedules",
        {"en": "6. Learning-rate schedules", "ko": "6. 학습률 스케줄"},
        {
            "en": "A rate that decays (step decay, cosine) settles lower at the end than a "
            "constant one; a short linear warm-up avoids a rough start.",
            "ko": "점점 줄어드는 학습률(계단식 감소, 코사인)은 일정한 학습률보다 마지막에 더 낮은 "
            "손실에 자리 잡습니다. 짧은 선형 워밍업은 거친 출발을 막습니다.",
        },
        {
            "en": "Early on, large steps cover ground; late, they keep jumping over the "
            "minimum. Too high a rate makes the loss explode, too low makes it crawl.",
            "ko": "처음에는 큰 걸음이 멀리 나아가게 하지만, 나중에는 최솟값을 계속 넘어 다닙니다. "
            "학습률이 너무 크면 손실이 폭발하고, 너무 작으면 기어갑니다.",
        },
        {
            "en": "Try it trains the digits MLP with a constant, a step and a cosine rate; "
            "the Training tab plots each plan, the rate plot shows the rate used.",
            "ko": "해 보기는 숫자 MLP를 고정, 계단식, 코사인 학습률로 학습합니다. 학습 탭이 각 "
            "계획을, 학습률 그래프가 실제로 쓰인 학습률을 보여 줍니다.",
        },
        "digits_mlp",
        sweep="schedules",
    ),
    Lesson(
        "data",
        {"en": "7. Preprocessing and augmentation", "ko": "7. 전처리와 데이터 증강"},
        {
            "en": "Inputs on one scale train better: standardize each feature (or scale it "
            "into [0, 1]); for images, augmentation (flips, crops, zoom, colour) adds "
            "variety the network must not memorize.",
            "ko": "입력의 크기를 맞추면 학습이 잘 됩니다. 특성마다 표준화하거나 [0, 1]로 "
            "조정하세요. 이미지는 데이터 증강(뒤집기, 자르기, 확대, 색 변화)으로 신경망이 "
            "외울 수 없는 다양성을 더합니다.",
        },
        {
            "en": "A feature ten times larger than the others gets gradients ten times "
            "larger and dominates the first layer; the scaling is fitted on the training "
            "split only, and LayerLab builds it into the model.",
            "ko": "다른 특성보다 열 배 큰 특성은 기울기도 열 배 커서 첫 층을 지배합니다. 조정은 "
            "학습 데이터로만 맞추며, LayerLab은 이를 모델 안에 넣습니다.",
        },
        {
            "en": "The Data view: each feature's spread before and after preprocessing. "
            "On the Data tab set preprocessing to none and back, and watch the spreads and "
            "the loss curve change.",
            "ko": "데이터 보기: 전처리 전후 각 특성의 분포입니다. 데이터 탭에서 전처리를 없음으로 "
            "바꿨다가 되돌리며 분포와 손실 곡선이 바뀌는 것을 보세요.",
        },
        "digits_mlp",
        view="Data",
    ),
    Lesson(
        "architectures",
        {"en": "8. Architectures and transfer", "ko": "8. 신경망 구조와 전이 학습"},
        {
            "en": "Convolutions share weights across the image; skip connections (ResNet) "
            "let deep networks train; a trained network's features can be reused on a new "
            "task (transfer learning).",
            "ko": "합성곱은 이미지 전체에서 가중치를 공유하고, 스킵 연결(ResNet)은 깊은 신경망도 "
            "학습되게 합니다. 학습된 신경망의 특성은 새 작업에 다시 쓸 수 있습니다(전이 학습).",
        },
        {
            "en": "A skip adds a block's input to its output, so the gradient has a short "
            "path back; with little data, freeze a trained feature extractor and train a "
            "new head; with more data, fine-tune it at a smaller rate.",
            "ko": "스킵 연결은 블록의 입력을 출력에 더하므로 기울기가 짧은 길로 "
            "돌아갈 수 있습니다. 데이터가 적으면 학습된 특성 추출기를 고정하고 새 분류 층만 "
            "학습하고, 데이터가 많으면 더 작은 학습률로 미세 조정하세요.",
        },
        {
            "en": "The Graph view draws the small ResNet with its skips as arcs. File > New "
            "from Template has six transfer experiments: compare the frozen base with "
            "the same network from scratch.",
            "ko": "그래프 보기가 작은 ResNet의 스킵 연결을 호로 그립니다. 파일 > 템플릿에서 새로 "
            "만들기에 전이 학습 실험이 여섯 개 있습니다. 고정한 기반 모델과 처음부터 학습한 "
            "같은 신경망을 비교해 보세요.",
        },
        "small_resnet",
        view="Graph",
    ),
)


# The lesson each diagnosis (core/model/insight.py's rules) comes from.
FOR_RULE = {
    "saturated": "init",
    "collapsed": "init",
    "vanishing": "init",
    "dead": "activations",
    "exploding": "optimizers",
    "nan": "schedules",
    "overfit": "overfitting",
}


# The lesson behind a setting, by its field's name in the experiment file: its tooltip
# offers it, and F1 in its field opens it.
FOR_FIELD = {
    "activation": "activations",
    "kernel_initializer": "init",
    "bias_initializer": "init",
    "batch_norm": "batch_norm",
    "dropout": "overfitting",
    "l1": "overfitting",
    "l2": "overfitting",
    "early_stopping": "overfitting",
    "optimizer": "optimizers",
    "clipping": "optimizers",
    "schedule": "schedules",
    "preprocessing": "data",
}


def more(field: str, language: str = "en") -> str:
    """The line a setting's tooltip ends with: where its lesson is ("" for none), in the
    window's words, with the lesson's title in ``language`` (the window's)."""
    key = FOR_FIELD.get(field)
    if key is None:
        return ""
    lesson = next(lesson for lesson in LESSONS if lesson.key == key)
    title = lesson.title.get(language, lesson.title["en"])
    return translate("lessons", "More: F1, or Help > Lessons > {title}").format(title=title)


def text_of(lessons: tuple[Lesson, ...] = LESSONS) -> str:
    """Every character the lessons show, for the font that must cover them."""
    parts = [*LANGUAGES.values(), *TRY.values(), *(" ".join(c) for c in CHROME.values())]
    parts += [heading for headings in HEADINGS.values() for heading in headings]
    for lesson in lessons:
        for field in (lesson.title, lesson.claim, lesson.why, lesson.look):
            parts.extend(field.values())
    return "".join(parts)
